using Npgsql;

namespace OneWindow.Intake.Persistence;

/// <summary>Fee payments are money taken at a window: the service's role may record and read them, never change them.</summary>
internal sealed class FeeHardening : IPostMigrationStep
{
    public async Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"REVOKE UPDATE, DELETE, TRUNCATE ON fee_payments FROM {quotedAppRole};", ownerConnection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
