using Npgsql;

namespace OneWindow.Persistence;

/// <summary>
/// Creates a service's database and its two roles: the owner, which runs migrations, and the app
/// role the service connects as, which owns nothing and cannot bypass row-level security. Idempotent.
/// In Kubernetes an operator does this once; locally the run command and the tests do.
/// </summary>
public static class ServiceDatabase
{
    public static async Task ProvisionAsync(string adminConnectionString, string appConnectionString, string ownerConnectionString, CancellationToken cancellationToken = default)
    {
        var app = new NpgsqlConnectionStringBuilder(appConnectionString);
        var owner = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        var database = app.Database ?? throw new ArgumentException("The app connection string names no database.", nameof(appConnectionString));
        if (owner.Database != database)
        {
            throw new ArgumentException("The owner and app connection strings name different databases.", nameof(ownerConnectionString));
        }

        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await EnsureRoleAsync(admin, owner.Username!, owner.Password, "NOSUPERUSER NOCREATEDB NOCREATEROLE", cancellationToken);
            await EnsureRoleAsync(admin, app.Username!, app.Password, "NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT", cancellationToken);
            if (!await ExistsAsync(admin, "SELECT 1 FROM pg_database WHERE datname = $1", database, cancellationToken))
            {
                await ExecuteAsync(admin, $"CREATE DATABASE {RowLevelSecurity.Quote(database)} OWNER {RowLevelSecurity.Quote(owner.Username!)} ENCODING 'UTF8'", cancellationToken);
            }

            await ExecuteAsync(admin, $"""
                REVOKE ALL ON DATABASE {RowLevelSecurity.Quote(database)} FROM PUBLIC;
                GRANT CONNECT ON DATABASE {RowLevelSecurity.Quote(database)} TO {RowLevelSecurity.Quote(app.Username!)};
                """, cancellationToken);
        }

        var inDatabase = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database };
        await using var connection = new NpgsqlConnection(inDatabase.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"""
            ALTER SCHEMA public OWNER TO {RowLevelSecurity.Quote(owner.Username!)};
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            GRANT USAGE ON SCHEMA public TO {RowLevelSecurity.Quote(app.Username!)};
            """, cancellationToken);
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection admin, string role, string? password, string attributes, CancellationToken cancellationToken)
    {
        var verb = await ExistsAsync(admin, "SELECT 1 FROM pg_roles WHERE rolname = $1", role, cancellationToken) ? "ALTER" : "CREATE";
        // Role DDL takes no parameters; the password is quoted as a literal.
        var passwordClause = password is null ? string.Empty : $" PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}'";
        await ExecuteAsync(admin, $"{verb} ROLE {RowLevelSecurity.Quote(role)} LOGIN {attributes}{passwordClause}", cancellationToken);
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string sql, string value, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = value } } };
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
