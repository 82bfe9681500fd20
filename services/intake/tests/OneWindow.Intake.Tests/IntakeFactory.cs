using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Centres;
using OneWindow.Common.Identity;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Intake.Domain.Catalogue;
using OneWindow.Intake.Persistence;
using OneWindow.Tenancy;
using OneWindow.Testing;

namespace OneWindow.Intake.Tests;

/// <summary>
/// intake on its own database with the demo catalogue in its read model (as policy-law's events would
/// leave it). policy-law is not running: its address answers nothing, so eligibility degrades as in an outage.
/// </summary>
public class IntakeFactory(PlatformServers servers) : ServiceFactory<Program>(servers, "intake")
{
    public static readonly string[] Clerk = ["clerk"];
    public static readonly string[] Device = ["device"];
    public static readonly string[] Reviewer = ["reviewer"];

    /// <summary>A centre whose opening hours are never now (at least an hour away), for the closed-centre rule.</summary>
    public const string ClosedCentre = "closed-now";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Services:policy-law:Grpc", "http://127.0.0.1:9"),
        // Each centre's own hours apply (the run stack's override is off): centres a test makes are registered open
        // around the clock (ServiceFactory), the closed centre below with hours away from now.
        new("Intake:OpeningHoursOverride", string.Empty),
        new("Intake:EligibilityTimeout", "00:00:00.500"),
    ];

    /// <summary>
    /// One hour of opening at least four hours from now on either side, so the centre stays closed however long the
    /// class runs (before 12:00, the evening; from 12:00, the small hours after midnight).
    /// </summary>
    private static string HoursAwayFromNow() => ChinaTime.ToChina(DateTimeOffset.UtcNow).Hour switch
    {
        < 12 => "20:00-21:00",
        _ => "04:00-05:00",
    };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        foreach (var demo in DemoCatalogue.Items)
        {
            db.Catalogue.Add(CatalogueEntry.Record(
                demo.Code, 1, demo.Name, demo.Category, new DateOnly(2025, 1, 1),
                demo.Kind switch { "instant" => ItemKind.Instant, "joint" => ItemKind.Joint, _ => ItemKind.Routed },
                demo.Window switch { "consultation" => WindowType.PolicyConsultation, "payment" => WindowType.Payment, _ => WindowType.Comprehensive },
                demo.Scope == "person" ? ItemScope.Person : ItemScope.Household,
                demo.TimeLimitWorkingDays, demo.TimeLimited, demo.RecurrenceMonths,
                demo.Materials.Select(m => new RequiredMaterial(m.Code, m.Name, m.Original, m.Count, m.Condition))));
        }

        var closed = KnownCentre.For(ClosedCentre);
        closed.Take(1, "闭馆中心", "测试路1号", "021-00000000", HoursAwayFromNow(), open: true);
        db.Set<KnownCentre>().Add(closed);
        await db.SaveChangesAsync();
    }

    public static string NewCentre() => $"c{Guid.NewGuid():N}"[..12];

    public HttpClient ClerkOf(string centre, string subject = "clerk-1") => ClientFor(subject, Clerk, centre);

    public HttpClient DeviceOf(string centre) => ClientFor($"{centre}-kiosk", Device, centre);

    /// <summary>The rating pad the director bound to a window: its token carries the window, as the identity provider's does.</summary>
    public HttpClient PadOf(string centre, string window) => ClientWithClaims(new Dictionary<string, object>
    {
        [PlatformClaims.Subject] = $"{centre}-pad-{window}",
        [PlatformClaims.Role] = Device,
        [PlatformClaims.Tenant] = centre,
        [PlatformClaims.Window] = window,
    });

    private static int _idNumbers = Random.Shared.Next(0, 100_000);

    /// <summary>
    /// A valid resident ID number (GB 11643 check digit), born in the given year, never handed out before in this test run:
    /// ID numbers are unique across the district, and random ones meet (a 400-odd-thousand draw per birth year).
    /// </summary>
    public static string NewIdNumber(int birthYear = 1970)
    {
        var n = Interlocked.Increment(ref _idNumbers);
        return ResidentIdNumber.Compose("310110", new DateOnly(birthYear, 1, 1).AddDays(n / 1000 % 365), n % 1000);
    }

    /// <summary>Registers a household through the API; returns its reply (household id, members).</summary>
    public static async Task<JsonElement> RegisterHouseholdAsync(HttpClient clerk, params object[] members)
    {
        var response = await clerk.PostAsJsonAsync("/v1/households", new
        {
            address = "杨浦区江浦路100弄5号301室",
            grid = "JP-01",
            monthlyIncome = "2400.00",
            members = members.Length > 0 ? members : [Member()],
        });
        if (!response.IsSuccessStatusCode)
        {
            throw new Xunit.Sdk.XunitException($"Registering a household failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadAsync();
    }

    /// <summary>A new centre with a clerk and one registered household of one member.</summary>
    public async Task<(string Centre, HttpClient Clerk, string ResidentId, string HouseholdId)> NewResidentAsync(string? centre = null)
    {
        centre ??= NewCentre();
        var clerk = ClerkOf(centre);
        var household = await RegisterHouseholdAsync(clerk);
        return (centre, clerk, household.GetProperty("members")[0].Str("residentId"), household.Str("householdId"));
    }

    /// <summary>Accepts the instant medical insurance contribution (城乡居民医保缴费) for a resident; returns the file id.</summary>
    public static async Task<string> AcceptInstantAsync(HttpClient clerk, string residentId)
    {
        var response = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "medical-insurance-pay", residentId, materials = new[] { "id-card" } });
        if (!response.IsSuccessStatusCode)
        {
            throw new Xunit.Sdk.XunitException($"Accepting failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.ReadAsync()).GetProperty("file").Str("fileId");
    }

    public static object Member(string? idNumber = null, string name = "王建国", string phone = "13812345678", int? disabilityGrade = null, string relation = "RELATION_HEAD") =>
        new { name, idNumber = idNumber ?? NewIdNumber(), phone, hukouDistrict = "310110", disabilityGrade, relation };
}
