namespace OneWindow.Tenancy;

/// <summary>
/// Which centre codes the district has registered (docs/adr/0028). A request for a centre that is not registered, or no
/// longer open, is refused before it reaches a use case: a mistyped code must never be a valid, empty centre.
/// </summary>
public interface ICentreDirectory
{
    ValueTask<bool> IsOpenAsync(string centreCode, CancellationToken cancellationToken);
}
