using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWindow.Common.Calendar;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Events;
using OneWindow.Review.Application.Watch;
using OneWindow.Review.Persistence;
using OneWindow.Review.Persistence.ReadModels;
using OneWindow.Tenancy;
using OneWindow.Testing;

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

    /// <summary>
    /// One whole pass of the review watch, as its interval runs it: once it returns, whatever a pass would write
    /// is written, so "at most once" is checked against a pass that could have repeated it, not against a sleep.
    /// </summary>
    public Task WatchAsync() => Services.GetRequiredService<ReviewWatch>().RunAsync(CancellationToken.None);

    public async Task<long> CountAsync(string centre, string sql)
    {
        await using var connection = await OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Writes as the service's own database role would, for a state the events cannot make on their own.</summary>
    public async Task ExecuteAsync(string centre, string sql)
    {
        await using var connection = await OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
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
