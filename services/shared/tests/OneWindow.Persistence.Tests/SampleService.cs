using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OneWindow.Audit;
using OneWindow.EventBus;
using OneWindow.Outbox;
using OneWindow.Tenancy;
using OneWindow.Testing;

namespace OneWindow.Persistence.Tests;

public sealed class Note
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Text { get; set; }
}

[Topic("note-written", publisher: SampleService.AppName)]
public sealed record NoteWritten : IntegrationEvent
{
    public required Guid NoteId { get; init; }

    public override string Subject => NoteId.ToString();
}

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.IsTenantOwned();
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}

/// <summary>Records every NoteWritten it handles as a note of the event's centre.</summary>
public sealed class NoteCopier(SampleDbContext context) : IIntegrationEventHandler<NoteWritten>
{
    public Task HandleAsync(NoteWritten integrationEvent, CancellationToken cancellationToken)
    {
        context.Notes.Add(new Note { Text = $"copy of {integrationEvent.NoteId}" });
        return Task.CompletedTask;
    }
}

/// <summary>
/// A throw-away service on the building blocks: its own database and roles (as the run command
/// makes them), migrated by the real migrator, with the outbox, inbox, audit trail and redis bus.
/// </summary>
public sealed class SampleService : IAsyncDisposable
{
    private SampleService(IHost host, string appId, string database, string appConnectionString, string ownerConnectionString)
    {
        Host = host;
        AppId = appId;
        Database = database;
        AppConnectionString = appConnectionString;
        OwnerConnectionString = ownerConnectionString;
    }

    public IHost Host { get; }

    public string AppId { get; }

    public string Database { get; }

    /// <summary>Connects as the role the service uses: owns nothing, cannot bypass RLS.</summary>
    public string AppConnectionString { get; }

    public string OwnerConnectionString { get; }

    /// <summary>The app id every instance publishes as; each reads with a consumer group of its own.</summary>
    public const string AppName = "sample";

    public static async Task<SampleService> CreateAsync(PlatformServers servers, bool start = true, string? reuseDatabase = null)
    {
        var name = reuseDatabase ?? $"sample_{Guid.NewGuid():N}"[..20];
        var admin = new NpgsqlConnectionStringBuilder(servers.Postgres.AdminConnectionString);
        string ConnectionAs(string role) => new NpgsqlConnectionStringBuilder
        {
            Host = admin.Host,
            Port = admin.Port,
            Database = name,
            Username = $"{name}_{role}",
            Password = $"{role}-password",
        }.ConnectionString;

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Environment.EnvironmentName = Environments.Development;
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:sample"] = ConnectionAs("app"),
            ["ConnectionStrings:sample-owner"] = ConnectionAs("owner"),
            ["ConnectionStrings:postgres-admin"] = servers.Postgres.AdminConnectionString,
            ["ConnectionStrings:redis"] = servers.Redis.ConnectionString,
            ["EventBus:Transport"] = "redis",
            ["EventBus:AppId"] = AppName,
            ["EventBus:ConsumerGroup"] = name,
            ["EventBus:Redis:PollInterval"] = "00:00:00.050",
            ["Outbox:PollInterval"] = "00:00:00.200",
        });
        builder.AddTenantDbContext<SampleDbContext>("sample");
        builder.AddOutbox<SampleDbContext>();
        builder.AddAuditTrail<SampleDbContext>();
        builder.AddEventBus().AddSubscription<NoteWritten, NoteCopier>();
        var host = builder.Build();

        foreach (var setup in host.Services.GetServices<IDatabaseSetup>())
        {
            await setup.MigrateAsync(CancellationToken.None);
        }

        if (start)
        {
            await host.StartAsync();
        }

        return new SampleService(host, AppName, name, ConnectionAs("app"), ConnectionAs("owner"));
    }

    /// <summary>Runs work in a unit of work for one tenant, as a request or event delivery would.</summary>
    public async Task<T> InScopeAsync<T>(Tenant tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Tenant tenant, Func<IServiceProvider, Task> work) =>
        InScopeAsync(tenant, async services =>
        {
            await work(services);
            return true;
        });

    /// <summary>A raw connection as the app role with the tenant settings a request would have.</summary>
    public async Task<NpgsqlConnection> OpenAppConnectionAsync(string? centre, bool districtWide = false)
    {
        var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT set_config('onewindow.tenant', $1, false), set_config('onewindow.district_wide', $2, false)", connection)
        {
            Parameters = { new NpgsqlParameter { Value = centre ?? string.Empty }, new NpgsqlParameter { Value = districtWide ? "on" : "off" } },
        };
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        finally
        {
            Host.Dispose();
        }
    }
}

public static class Sql
{
    public static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Polls until the condition holds, failing with the message after a generous bound.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail(failure);
    }
}
