using Npgsql;

namespace OneWindow.Persistence;

/// <summary>
/// Brings a service's database to the current schema and to the configuration it stores (the identity provider's
/// registered clients): run by the host's <c>migrate</c> verb, and in registration order (the schema first).
/// </summary>
public interface IDatabaseSetup
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

/// <summary>
/// An idempotent step after migrations, run as the owner: e.g. the audit trail revokes UPDATE and
/// DELETE from the app role. Steps are registered by the building block that needs them.
/// </summary>
public interface IPostMigrationStep
{
    Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken);
}
