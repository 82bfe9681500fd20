using Npgsql;

namespace OneWindow.Persistence;

/// <summary>
/// An idempotent step after migrations, run as the owner: e.g. the audit trail revokes UPDATE and
/// DELETE from the app role. Steps are registered by the building block that needs them.
/// </summary>
public interface IPostMigrationStep
{
    Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken);
}
