using Npgsql;
using OneWindow.Persistence;

namespace OneWindow.Audit;

/// <summary>
/// Makes the audit trail append-only for the app role (INSERT and SELECT only, plus a trigger that
/// refuses UPDATE and DELETE from anyone) and isolates it by centre: a centre reads its own records,
/// the district reads all, and district-wide acts (no centre) are written only in district scope.
/// </summary>
internal sealed class AuditTrailHardening : IPostMigrationStep
{
    public async Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken)
    {
        var sql = $"""
            REVOKE UPDATE, DELETE, TRUNCATE ON {AuditModel.Table} FROM {quotedAppRole};
            GRANT SELECT, INSERT ON {AuditModel.Table} TO {quotedAppRole};
            CREATE OR REPLACE FUNCTION audit_records_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'the audit trail is append-only';
            END $$;
            DROP TRIGGER IF EXISTS audit_records_append_only ON {AuditModel.Table};
            CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON {AuditModel.Table}
              FOR EACH ROW EXECUTE FUNCTION audit_records_are_append_only();
            ALTER TABLE {AuditModel.Table} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {AuditModel.Table} FORCE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS {RowLevelSecurity.PolicyName} ON {AuditModel.Table};
            CREATE POLICY {RowLevelSecurity.PolicyName} ON {AuditModel.Table}
              USING (tenant_id = current_setting('onewindow.tenant', true)
                     OR current_setting('onewindow.district_wide', true) = 'on')
              WITH CHECK (tenant_id = current_setting('onewindow.tenant', true)
                          OR (tenant_id IS NULL AND current_setting('onewindow.district_wide', true) = 'on'));
            """;
        await using var command = new NpgsqlCommand(sql, ownerConnection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
