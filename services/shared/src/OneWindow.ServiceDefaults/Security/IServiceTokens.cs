namespace OneWindow.ServiceDefaults;

/// <summary>
/// Tokens of this service's own identity (a client of the identity provider, e.g. <c>notification</c> with the role
/// <c>notification-service</c>), for calls it makes as itself rather than on behalf of the person who asked.
/// </summary>
public interface IServiceTokens
{
    /// <summary>A token acting in <paramref name="centre"/>, or in no centre when it is null.</summary>
    ValueTask<string> TokenForAsync(string? centre, CancellationToken cancellationToken);
}
