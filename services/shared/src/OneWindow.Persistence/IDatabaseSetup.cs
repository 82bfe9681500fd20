namespace OneWindow.Persistence;

/// <summary>
/// Brings a service's database to the current schema and to the configuration it stores (the identity provider's
/// registered clients): run by the host's <c>migrate</c> verb, and in registration order (the schema first).
/// </summary>
public interface IDatabaseSetup
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
