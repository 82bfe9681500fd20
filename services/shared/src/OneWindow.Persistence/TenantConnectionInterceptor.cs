using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using OneWindow.Tenancy;

namespace OneWindow.Persistence;

/// <summary>
/// Tells PostgreSQL whose rows this connection may touch, every time EF opens one, and forgets it
/// before the connection returns to the pool. Row-level security policies read these settings.
/// </summary>
public sealed class TenantConnectionInterceptor(ITenantContext tenant) : DbConnectionInterceptor
{
    internal const string TenantSetting = "onewindow.tenant";
    internal const string DistrictWideSetting = "onewindow.district_wide";

    private const string SetSql = $"SELECT set_config('{TenantSetting}', $1, false), set_config('{DistrictWideSetting}', $2, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection, tenant.Current);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, tenant.Current);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (connection.State == ConnectionState.Open)
        {
            using var command = Command(connection, Tenancy.Tenant.None);
            command.ExecuteNonQuery();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (connection.State == ConnectionState.Open)
        {
            await using var command = Command(connection, Tenancy.Tenant.None);
            await command.ExecuteNonQueryAsync();
        }

        return result;
    }

    private static NpgsqlCommand Command(DbConnection connection, Tenant scope) =>
        new(SetSql, (NpgsqlConnection)connection)
        {
            Parameters =
            {
                new NpgsqlParameter { Value = scope.CentreCode ?? string.Empty },
                new NpgsqlParameter { Value = scope.DistrictWide ? "on" : "off" },
            },
        };
}
