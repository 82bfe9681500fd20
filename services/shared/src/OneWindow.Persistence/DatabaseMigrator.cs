using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OneWindow.Tenancy;

namespace OneWindow.Persistence;

/// <summary>
/// Migrates one service database as its owner, then makes tenant isolation hold for every
/// tenant-owned table of the model (so no table can be forgotten) and grants the app role what it
/// needs and no more.
/// </summary>
internal sealed class DatabaseMigrator<TContext>(
    IServiceProvider services,
    ServiceDatabaseConnections connections,
    IEnumerable<IPostMigrationStep> steps,
    ILogger<DatabaseMigrator<TContext>> logger) : IDatabaseSetup
    where TContext : TenantDbContext
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (connections.Admin is not null)
        {
            await ServiceDatabase.ProvisionAsync(connections.Admin, connections.App, connections.Owner, cancellationToken);
        }

        var options = new DbContextOptionsBuilder<TContext>();
        TenantDbContextRegistration.Configure(options, connections.Owner);
        await using (var context = ActivatorUtilities.CreateInstance<TContext>(services, options.Options, new TenantContext()))
        {
            if (context.Database.GetMigrations().Any())
            {
                await context.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                // A model without migrations (a test model or a prototype) is created as it stands.
                await context.Database.EnsureCreatedAsync(cancellationToken);
            }

            await using var connection = new NpgsqlConnection(connections.Owner);
            await connection.OpenAsync(cancellationToken);
            foreach (var table in context.Model.GetEntityTypes().Where(e => e.IsTenantOwned()).Select(e => e.GetTableName()).OfType<string>().Distinct())
            {
                await ServiceDatabase.ExecuteAsync(connection, RowLevelSecurity.EnableSql(table), cancellationToken);
            }

            var appRole = RowLevelSecurity.Quote(new NpgsqlConnectionStringBuilder(connections.App).Username!);
            await ServiceDatabase.ExecuteAsync(connection, $"""
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {appRole};
                GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {appRole};
                """, cancellationToken);
            if (await ExistsAsync(connection, "__EFMigrationsHistory", cancellationToken))
            {
                await ServiceDatabase.ExecuteAsync(connection,
                    $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON \"__EFMigrationsHistory\" FROM {appRole};", cancellationToken);
            }

            foreach (var step in steps)
            {
                await step.ApplyAsync(connection, appRole, cancellationToken);
            }

            var unprotected = await RowLevelSecurity.FindUnprotectedTenantTablesAsync(connection, cancellationToken);
            if (unprotected.Count > 0)
            {
                throw new InvalidOperationException($"Tables with a tenant column but no forced row-level security: {string.Join(", ", unprotected)}.");
            }
        }

        logger.LogInformation("Database of {Context} migrated; row-level security verified", typeof(TContext).Name);
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection)
        {
            Parameters = { new NpgsqlParameter { Value = RowLevelSecurity.Quote(table) } },
        };
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
