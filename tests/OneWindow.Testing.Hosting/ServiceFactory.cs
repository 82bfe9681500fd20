using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWindow.EventBus;
using OneWindow.Persistence;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;
using StackExchange.Redis;
using Xunit;
using Xunit.Sdk;

namespace OneWindow.Testing.Hosting;

/// <summary>
/// A service under test: its real host in Development, on a database of its own (created with the
/// owner and app roles the run command creates, migrated by the real migrator), the test run's Redis,
/// and the redis event transport as the service's own app id (the CloudEvent source its consumers trust) with a
/// consumer group of its own, so parallel test classes never take each other's deliveries. Tokens come from the
/// development key, as the gateway's <c>/dev/token</c> issues them.
/// </summary>
/// <typeparam name="TProgram">The service's entry point.</typeparam>
public class ServiceFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly PlatformServers _servers;
    private readonly string _service;
    private readonly string _database;

    public ServiceFactory(PlatformServers servers, string service)
    {
        _servers = servers;
        _service = service;
        _database = $"{service.Replace('-', '_')}_{Guid.NewGuid():N}"[..Math.Min(service.Length + 13, 60)];
        AppId = service;
        ConsumerGroup = $"{service}-{_database[^8..]}";
    }

    /// <summary>How long the helpers that wait for something asynchronous (<c>EventuallyAsync</c>, <c>PublishedAsync</c>) wait at the most.</summary>
    public static TimeSpan EventualWait { get; } = TimeSpan.FromSeconds(15);

    /// <summary>The event-bus app id: the service's name, the CloudEvent source of what it publishes.</summary>
    public string AppId { get; }

    /// <summary>This instance's consumer group on the redis transport (its dead letters carry it).</summary>
    public string ConsumerGroup { get; }

    /// <summary>Connects as the service's app role: owns nothing, cannot bypass row-level security.</summary>
    public string AppConnectionString => ConnectionAs("app");

    public string OwnerConnectionString => ConnectionAs("owner");

    public string RedisConnectionString => _servers.Redis.ConnectionString;

    /// <summary>Extra configuration for a test class (e.g. small limits).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    public virtual async ValueTask InitializeAsync()
    {
        foreach (var setup in Services.GetServices<IDatabaseSetup>())
        {
            await setup.MigrateAsync(CancellationToken.None);
        }
    }

    /// <summary>Runs the service's demo seeders, as <c>seed</c> does.</summary>
    public async Task SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>())
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }

    /// <summary>An HTTP client (JSON transcoding and plain endpoints) signed in as the given user.</summary>
    public HttpClient ClientFor(string subject, IReadOnlyCollection<string> roles, string? tenant, string? namedCentre = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(subject, roles, tenant));
        if (namedCentre is not null)
        {
            client.DefaultRequestHeaders.Add(PlatformClaims.CentreHeader, namedCentre);
        }

        return client;
    }

    /// <summary>An HTTP client whose token carries exactly these claims (<c>sub</c>, <c>role</c>, … as the test names them).</summary>
    public HttpClient ClientWithClaims(IReadOnlyDictionary<string, object> claims)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.IssueWithClaims(claims, TimeSpan.FromMinutes(30), TimeProvider.System));
        return client;
    }

    /// <summary>A gRPC channel to the in-process host; pass <see cref="CallAs"/> headers with each call.</summary>
    public GrpcChannel CreateGrpcChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    public static Metadata CallAs(string subject, IReadOnlyCollection<string> roles, string? tenant, string? namedCentre = null)
    {
        var headers = new Metadata { { "Authorization", "Bearer " + TokenFor(subject, roles, tenant) } };
        if (namedCentre is not null)
        {
            headers.Add(PlatformClaims.CentreHeader, namedCentre);
        }

        return headers;
    }

    public static string TokenFor(string subject, IReadOnlyCollection<string> roles, string? tenant) =>
        DevelopmentTokens.Issue(subject, [.. roles], tenant, TimeSpan.FromMinutes(30), TimeProvider.System);

    /// <summary>A raw connection as the app role with a centre set, as a request of that centre has.</summary>
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

    /// <summary>
    /// Publishes an event as the service that owns its topic would (through the real redis transport); name another
    /// <paramref name="source"/> only to forge one.
    /// </summary>
    public Task PublishAsync(IntegrationEvent integrationEvent, string? source = null) =>
        Services.GetRequiredService<IEventBus>().PublishAsync(
            EventEnvelope.Wrap(integrationEvent, source ?? EventTopic.PublisherOf(integrationEvent.GetType()), "pubsub"), CancellationToken.None);

    /// <summary>
    /// The payloads of the CloudEvents on a topic that mention a value (e.g. a file id), once there are at least
    /// <paramref name="atLeast"/>. Only those this instance published (their ids are in its outbox), unless a
    /// <paramref name="source"/> is named (events a test published as that service): every test class's host of
    /// a service publishes as the same app, and another host may publish about the same value.
    /// </summary>
    public async Task<List<JsonElement>> PublishedAsync(string topic, string mentioning, int atLeast = 1, string? source = null)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);
        return await PollAsync(
            async () =>
            {
                var mentions = (await redis.GetDatabase().StreamRangeAsync(topic))
                    .Select(entry => (string)entry["data"]!)
                    .Where(data => data.Contains(mentioning, StringComparison.Ordinal))
                    .Select(data => JsonDocument.Parse(data).RootElement.Clone())
                    .ToList();
                var ours = source is null ? await OutboxIdsAsync(topic) : null;
                return mentions
                    .Where(cloudEvent => ours is null
                        ? cloudEvent.GetProperty("source").GetString() == source
                        : ours.Contains(cloudEvent.GetProperty("id").GetString()!))
                    .Select(cloudEvent => cloudEvent.GetProperty("data"))
                    .ToList();
            },
            found => found.Count >= atLeast,
            found => $"{found.Count} events from {source ?? "this host"} on {topic} mention {mentioning}; expected at least {atLeast}.");
    }

    /// <summary>
    /// How many events on a topic mentioning a value this instance has written, published or not yet: what a
    /// "published once" assertion counts after the work that could publish again has run (an event just written
    /// may not be on the stream yet, so the stream alone cannot tell "once").
    /// </summary>
    public async Task<long> WrittenAsync(string topic, string mentioning)
    {
        await using var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE topic = $1 AND strpos(cloud_event::text, $2) > 0", connection)
        {
            Parameters = { new NpgsqlParameter { Value = topic }, new NpgsqlParameter { Value = mentioning } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Why the transport gave up on events that mention a value (dead letters of this instance's consumer group).</summary>
    public async Task<List<string>> DeadLettersAsync(string mentioning)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);
        return [.. (await redis.GetDatabase().StreamRangeAsync("dead-letter"))
            .Where(e => ((string)e["data"]!).Contains(mentioning, StringComparison.Ordinal) && (string?)e["consumer"] == ConsumerGroup)
            .Select(e => (string)e["reason"]!)];
    }

    /// <summary>
    /// Polls a GET until it answers with success and a body the condition holds for (an event has been handled);
    /// fails after <see cref="EventualWait"/> with the last answer (status and body).
    /// </summary>
    public async Task<JsonElement> EventuallyAsync(HttpClient client, string url, Func<JsonElement, bool> condition)
    {
        var answer = await PollAsync(
            async () =>
            {
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                return (Status: (int)response.StatusCode, Body: body, Json: response.IsSuccessStatusCode ? JsonSerializer.Deserialize<JsonElement>(body) : (JsonElement?)null);
            },
            last => last.Json is { } json && condition(json),
            last => $"{url} never met the condition; last answer: {last.Status} {last.Body}");
        return answer.Json!.Value;
    }

    /// <summary>
    /// Polls a query until its answer satisfies the condition (events are handled asynchronously); fails with the
    /// last answer. <paramref name="within"/> lengthens the wait for what takes longer by design (retries with backoff).
    /// </summary>
    public async Task<T> EventuallyAsync<T>(Func<Task<T>> query, Func<T, bool> condition, TimeSpan? within = null) =>
        await PollAsync(query, condition, last => $"The condition never held; last: {last}", within);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{_service}"] = AppConnectionString,
            [$"ConnectionStrings:{_service}-owner"] = OwnerConnectionString,
            ["ConnectionStrings:postgres-admin"] = _servers.Postgres.AdminConnectionString,
            ["ConnectionStrings:redis"] = _servers.Redis.ConnectionString,
            ["EventBus:Transport"] = "redis",
            ["EventBus:AppId"] = AppId,
            ["EventBus:ConsumerGroup"] = ConsumerGroup,
            ["EventBus:Redis:PollInterval"] = "00:00:00.050",
            ["EventBus:Redis:PendingIdleTimeout"] = "00:00:01",
            ["EventBus:Redis:ReadStreamHistory"] = "false",
            ["Outbox:PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new CentresRegisteredOnFirstUse(OwnerConnectionString)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Asks until the answer satisfies the condition or <see cref="EventualWait"/> has passed (then fails, describing the last answer).</summary>
    private static async Task<T> PollAsync<T>(Func<Task<T>> query, Func<T, bool> condition, Func<T, string> failure, TimeSpan? within = null)
    {
        var wait = within ?? EventualWait;
        var waited = Stopwatch.StartNew();
        var last = await query();
        while (!condition(last))
        {
            if (waited.Elapsed >= wait)
            {
                throw new XunitException($"{failure(last)} (waited {wait.TotalSeconds:0} s)");
            }

            await Task.Delay(PollInterval);
            last = await query();
        }

        return last;
    }

    /// <summary>The CloudEvent ids of what this instance's outbox holds for a topic (the outbox has no row-level security).</summary>
    private async Task<HashSet<string>> OutboxIdsAsync(string topic)
    {
        await using var connection = new NpgsqlConnection(AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM outbox_messages WHERE topic = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = topic } },
        };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0).ToString());
        }

        return ids;
    }

    private string ConnectionAs(string role)
    {
        var admin = new NpgsqlConnectionStringBuilder(_servers.Postgres.AdminConnectionString);
        return new NpgsqlConnectionStringBuilder
        {
            Host = admin.Host,
            Port = admin.Port,
            Database = _database,
            Username = $"{_database}_{role}",
            Password = $"{role}-password",
        }.ConnectionString;
    }
}
