using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWindow.Common.Calendar;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Events;
using OneWindow.Review.Persistence;
using OneWindow.Tenancy;
using OneWindow.Testing;
using OneWindow.Testing.Hosting;
using StackExchange.Redis;

namespace OneWindow.Review.Tests;

/// <summary>
/// review on its own database with its seed (the joint departments) and the demo catalogue in its read
/// model (as policy-law's events would leave it). Each test builds its own centre's first-review team
/// by publishing hr-payroll's events, then files by publishing intake's, through the real transport.
/// </summary>
public sealed class ReviewFactory(PlatformServers servers) : ServiceFactory<Program>(servers, "review")
{
    public static readonly string[] Reviewer = ["reviewer"];
    public static readonly string[] Head = ["head", "reviewer"];
    public static readonly string[] Supervisor = ["reviewer", "supervisor"];
    public static readonly string[] Director = ["director"];

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Review:WatchInterval", "00:00:00.300"),
        new("Review:DefaultCapacity", "10"),
    ];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync();
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        foreach (var demo in DemoCatalogue.Items.Where(i => i.Kind != "instant"))
        {
            db.Catalogue.Add(new CatalogueEntry
            {
                ItemCode = demo.Code,
                Version = 1,
                Name = demo.Name,
                Kind = demo.Kind == "joint" ? ItemKind.Joint : ItemKind.Routed,
                TimeLimitWorkingDays = demo.TimeLimitWorkingDays,
                TimeLimited = demo.TimeLimited,
                Materials = [.. demo.Materials.Select(m => new CatalogueMaterial(m.Code, m.Name))],
            });
        }

        await db.SaveChangesAsync();
    }

    public static string NewCentre() => $"c{Guid.NewGuid():N}"[..12];

    public HttpClient As(string centre, string staffId, string[] roles) => ClientFor(staffId, roles, centre);

    public HttpClient DirectorOf(string centre) => ClientFor($"{centre}-director", Director, centre);

    /// <summary>
    /// Hires someone as hr-payroll does (staff-hired, skills-changed) and waits until the roster shows them with
    /// every skill: the two events travel on different streams, so either may be handled first.
    /// </summary>
    public async Task HireAsync(string centre, string staffId, string[] roles, string[]? asA = null, string[]? asB = null, string[]? known = null, Department department = Department.FirstReview)
    {
        var now = TimeProvider.System.GetUtcNow();
        await PublishAsync(new StaffHired { OccurredAt = now, Tenant = centre, StaffId = staffId, Department = department, Roles = roles }, "hr-payroll");
        await PublishAsync(new SkillsChanged { OccurredAt = now, Tenant = centre, StaffId = staffId, ItemsAsA = asA ?? [], ItemsAsB = asB ?? [], ItemsKnown = known ?? [] }, "hr-payroll");
        await EventuallyAsync(DirectorOf(centre), "/v1/roster", roster =>
            department != Department.FirstReview
            || roster.GetProperty("reviewers").EnumerateArray().Any(r => r.GetProperty("staffId").GetString() == staffId
                && Count(r, "itemsAsA") == (asA?.Length ?? 0) && Count(r, "itemsAsB") == (asB?.Length ?? 0) && Count(r, "itemsKnown") == (known?.Length ?? 0)));

        static int Count(JsonElement reviewer, string list) => reviewer.TryGetProperty(list, out var items) ? items.GetArrayLength() : 0;
    }

    /// <summary>The usual team: a head, the A and the B of elderly-allowance and dibao, a knower, and a supervisor.</summary>
    public async Task<Team> TeamAsync(string centre)
    {
        var team = new Team(centre);
        string[] items = ["elderly-allowance", "dibao", "legal-aid", "funeral-subsidy"];
        await HireAsync(centre, team.Head, Head);
        await HireAsync(centre, team.A, Reviewer, asA: items);
        await HireAsync(centre, team.B, Reviewer, asB: items);
        await HireAsync(centre, team.Knower, Reviewer, known: items);
        await HireAsync(centre, team.Supervisor, Supervisor);
        return team;
    }

    public static ApplicationAccepted Accepted(string centre, string itemCode = "elderly-allowance", DateTimeOffset? at = null, ItemKind kind = ItemKind.Routed, int workingDays = 10)
    {
        var accepted = at ?? TimeProvider.System.GetUtcNow();
        return new ApplicationAccepted
        {
            OccurredAt = accepted,
            Tenant = centre,
            FileId = Guid.CreateVersion7(),
            ItemCode = itemCode,
            ItemVersion = 1,
            Kind = kind,
            ResidentId = Guid.NewGuid(),
            HouseholdId = Guid.NewGuid(),
            AcceptingClerkStaffId = $"{centre}-clerk",
            DeliveryMethod = DeliveryMethod.HomeDelivery,
            StatutoryDeadline = kind == ItemKind.Instant ? null : WorkingDayCalendar.China.DeadlineFor(accepted, workingDays),
        };
    }

    /// <summary>Publishes the acceptance as intake does and waits until first review holds the file.</summary>
    public async Task<JsonElement> AcceptAsync(ApplicationAccepted accepted)
    {
        await PublishAsync(accepted, "intake");
        return await FileAsync(accepted.Tenant!, accepted.FileId, _ => true);
    }

    /// <summary>The file as the centre's director sees it, once a condition holds.</summary>
    public Task<JsonElement> FileAsync(string centre, Guid fileId, Func<JsonElement, bool> condition) =>
        EventuallyAsync(DirectorOf(centre), $"/v1/files/{fileId}", condition);

    public static async Task<JsonElement> EventuallyAsync(HttpClient client, string url, Func<JsonElement, bool> condition)
    {
        var last = "(no answer)";
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var response = await client.GetAsync(url);
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var body = await response.ReadAsync();
                if (condition(body))
                {
                    return body;
                }
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"{url} never met the condition; last: {last}");
    }

    /// <summary>
    /// The payloads of the CloudEvents this instance published on a topic that mention a value (e.g. a file id).
    /// Every test class's host consumes the same topics, so events are told apart by their source (the app id).
    /// </summary>
    public async Task<List<JsonElement>> PublishedAsync(string topic, string mentioning, int atLeast = 1)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);
        List<JsonElement> found = [];
        for (var attempt = 0; attempt < 200; attempt++)
        {
            found = [.. (await redis.GetDatabase().StreamRangeAsync(topic))
                .Select(e => (string)e["data"]!)
                .Where(data => data.Contains(mentioning, StringComparison.Ordinal))
                .Select(data => JsonDocument.Parse(data).RootElement.Clone())
                .Where(cloudEvent => cloudEvent.Str("source") == AppId)
                .Select(cloudEvent => cloudEvent.GetProperty("data"))];
            if (found.Count >= atLeast)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"{found.Count} events on {topic} mention {mentioning}; expected at least {atLeast}.");
    }

    /// <summary>Why the transport gave up on events that mention a value.</summary>
    public async Task<List<string>> DeadLettersAsync(string mentioning)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString);
        return [.. (await redis.GetDatabase().StreamRangeAsync("dead-letter"))
            .Where(e => ((string)e["data"]!).Contains(mentioning, StringComparison.Ordinal) && (string?)e["consumer"] == AppId)
            .Select(e => (string)e["reason"]!)];
    }

    public async Task<long> CountAsync(string centre, string sql)
    {
        await using var connection = await OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>One centre's first-review team for a test.</summary>
public sealed record Team(string Centre)
{
    public string Head => $"{Centre}-head";

    public string A => $"{Centre}-a";

    public string B => $"{Centre}-b";

    public string Knower => $"{Centre}-k";

    public string Supervisor => $"{Centre}-sup";
}

public static class Json
{
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> pending)
    {
        var response = await pending;
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadAsync();
    }

    public static string? Str(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}
