using Npgsql;

namespace OneWindow.PolicyLaw.Persistence;

/// <summary>
/// The disbursement ledger and the bank's payment records are append-only for the service itself:
/// corrections are reversing entries, so the service's database role may insert and read, never change.
/// </summary>
internal sealed class LedgerHardening : IPostMigrationStep
{
    public async Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"REVOKE UPDATE, DELETE, TRUNCATE ON ledger_entries, payment_records FROM {quotedAppRole};", ownerConnection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
