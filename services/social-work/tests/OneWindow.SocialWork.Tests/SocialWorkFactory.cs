extern alias policylaw;

using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.SocialWork.Persistence;
using OneWindow.Tenancy;
using OneWindow.Testing;

namespace OneWindow.SocialWork.Tests;

/// <summary>policy-law's real host on its own database with the demo catalogue: it answers FindEligibleItems.</summary>
public sealed class PolicyLawHost(PlatformServers servers) : ServiceFactory<policylaw::Program>(servers, "policy-law")
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync();
    }
}

/// <summary>
/// social-work on its own database, with policy-law running beside it: the eligibility client's calls go to
/// policy-law's in-process server, carrying the worker's token as they would across the cluster. Households
/// become known the real way, by intake's events through the redis transport.
/// </summary>
public class SocialWorkFactory(PlatformServers servers) : ServiceFactory<Program>(servers, "social-work")
{
    public static readonly string[] Worker = ["social-worker"];
    public static readonly string[] Head = ["head", "social-worker"];

    private readonly PolicyLawHost _policyLaw = new(servers);

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Services:policy-law:Grpc", "http://policy-law"),
        // The tests judge policy-law's answers, not its speed: the first call into a cold in-process host on a
        // loaded two-core CI machine took longer than the production deadline (3 s), and the plan came without suggestions.
        new("SocialWork:EligibilityTimeout", "00:01:00"),
        // Tests run at any hour and scan on demand: a night's scan would hold every centre's scan (NightlyScanTests
        // asks for one itself).
        new("SocialWork:NightlyScanAt", string.Empty),
    ];

    public override async ValueTask InitializeAsync()
    {
        await _policyLaw.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _policyLaw.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureAll<HttpClientFactoryOptions>(options =>
            options.HttpMessageHandlerBuilderActions.Add(handler => handler.PrimaryHandler = _policyLaw.Server.CreateHandler())));
    }

    public static string NewCentre() => $"c{Guid.NewGuid():N}"[..12];

    public HttpClient WorkerOf(string centre, string subject = "w1") => ClientFor(subject, Worker, centre);

    public HttpClient HeadOf(string centre, string subject = "head-1") => ClientFor(subject, Head, centre);

    /// <summary>Makes a household known the way intake does: a household-changed event, then waits until it is handled.</summary>
    public async Task<(Guid HouseholdId, Guid[] Members)> KnownHouseholdAsync(
        string centre, int age = 45, int size = 2, decimal perCapita = 1_200m, int? disabilityGrade = null, string hukou = "310110", params string[] benefits)
    {
        var householdId = Guid.NewGuid();
        var members = Enumerable.Range(0, size).Select(_ => Guid.NewGuid()).ToArray();
        await PublishAsync(new HouseholdChanged
        {
            OccurredAt = DateTimeOffset.UtcNow,
            Tenant = centre,
            HouseholdId = householdId,
            MemberIds = members,
            Facts = new EligibilityFacts
            {
                AgeYears = age, HukouDistrict = hukou, HouseholdSize = size, PerCapitaMonthlyIncome = perCapita, DisabilityGrade = disabilityGrade, BenefitsHeld = benefits,
            },
        }, "intake");
        await EventuallyAsync(WorkerOf(centre), $"/v1/households/{householdId}", _ => true);
        return (householdId, members);
    }

    /// <summary>Opens a case for a fresh household of the centre as the given worker.</summary>
    public async Task<(Guid HouseholdId, string CaseId)> OpenCaseAsync(string centre, string worker = "w1", decimal perCapita = 1_200m)
    {
        var (householdId, _) = await KnownHouseholdAsync(centre, perCapita: perCapita);
        var opened = await WorkerOf(centre, worker).PostAsJsonAsync("/v1/cases", new { householdId, reason = "政策落实后仍有困难" }).OkAsync();
        return (householdId, opened.Str("caseId"));
    }

    /// <summary>
    /// A demo centre's households made known as intake's seed tells them: one household-changed per household, facts
    /// only (every fifth holding dibao); waits until social work has them all.
    /// </summary>
    public async Task DemoHouseholdsKnownAsync(DemoDistrict.Centre centre)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        for (var position = 0; position < centre.Households.Count; position++)
        {
            var household = centre.Households[position];
            var head = household.Members.Single(m => m.HeadOfHousehold);
            var grades = household.Members.Where(m => m.DisabilityGrade is not null).Select(m => m.DisabilityGrade!.Value).ToList();
            await PublishAsync(new HouseholdChanged
            {
                OccurredAt = DateTimeOffset.UtcNow, Tenant = centre.Code, HouseholdId = household.HouseholdId, MemberIds = [.. household.Members.Select(m => m.ResidentId)],
                Facts = new EligibilityFacts
                {
                    AgeYears = today.Year - head.IdNumber.BirthDate.Year - (today < head.IdNumber.BirthDate.AddYears(today.Year - head.IdNumber.BirthDate.Year) ? 1 : 0),
                    HukouDistrict = head.HukouDistrict,
                    HouseholdSize = household.Members.Count,
                    PerCapitaMonthlyIncome = household.PerCapitaMonthlyIncome,
                    DisabilityGrade = grades.Count == 0 ? null : grades.Min(),
                    BenefitsHeld = position % 5 == 0 ? ["dibao"] : [],
                },
            }, "intake");
        }

        await EventuallyAsync(() => QueryAsync(centre.Code, db => db.Households.CountAsync()), n => n == centre.Households.Count);
    }

    public async Task<T> QueryAsync<T>(string? centre, Func<SocialWorkDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(centre is null ? Tenant.District : Tenant.Centre(centre));
        return await query(scope.ServiceProvider.GetRequiredService<SocialWorkDbContext>());
    }

    public Task<List<AuditRecord>> AuditAsync(string centre) =>
        QueryAsync(null, db => db.Set<AuditRecord>().AsNoTracking().Where(a => a.TenantId == centre).OrderBy(a => a.Id).ToListAsync());
}
