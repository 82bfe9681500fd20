using Npgsql;

namespace OneWindow.Persistence;

/// <summary>
/// The database half of tenant isolation. Each tenant-owned table gets RLS enabled and FORCEd (so
/// even its owner is subject to it) with one policy: rows of the centre set on the connection, or
/// every centre's rows for reading when the connection is district-wide. Writing always needs a centre.
/// </summary>
public static class RowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";

    public static string EnableSql(string table)
    {
        var quoted = Quote(table);
        return $"""
            ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {quoted} FORCE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS {PolicyName} ON {quoted};
            CREATE POLICY {PolicyName} ON {quoted}
              USING ({TenantOwnership.ColumnName} = current_setting('{TenantConnectionInterceptor.TenantSetting}', true)
                     OR current_setting('{TenantConnectionInterceptor.DistrictWideSetting}', true) = 'on')
              WITH CHECK ({TenantOwnership.ColumnName} = current_setting('{TenantConnectionInterceptor.TenantSetting}', true));
            """;
    }

    /// <summary>Tables in the public schema that hold a tenant column but are not forced under RLS: must be none.</summary>
    public static async Task<IReadOnlyList<string>> FindUnprotectedTenantTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.relname
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
              AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                       AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation'))
            ORDER BY c.relname
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
