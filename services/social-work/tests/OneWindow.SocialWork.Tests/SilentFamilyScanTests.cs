using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SocialWork.Application.Outreach;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;
using OneWindow.Tenancy;

namespace OneWindow.SocialWork.Tests;

/// <summary>The silent-family scan as a background job (docs/adr/0022): answered at once, its progress stored, resumed after a stopped replica.</summary>
public sealed class SilentFamilyScanTests(SocialWorkFactory factory) : IClassFixture<SocialWorkFactory>
{
    [Fact]
    public async Task A_scan_answers_at_once_with_the_households_it_will_look_at_and_is_read_with_its_counts_until_done_the_latest_first()
    {
        var centre = SocialWorkFactory.NewCentre();
        var (alone, disabled, _) = await ThreeHouseholdsAsync(centre);
        var worker = factory.WorkerOf(centre);

        var asked = await worker.PostAsJsonAsync("/v1/silent-family:scan", new { }).OkAsync();

        Assert.Equal(("SCAN_STATUS_SCANNING", 3, 0), (asked.Str("status"), asked.Int("householdsTotal"), asked.Int("householdsScanned")));
        Assert.Equal(("w1", centre), (asked.Str("requestedBy"), Assert.Single(asked.Items("centres")).Str("centre")));
        var done = await factory.FinishedScanAsync(worker, asked.Str("scanId"));
        Assert.Equal(("SCAN_STATUS_DONE", 3, 3, 2, 0), (done.Str("status"), done.Int("householdsTotal"), done.Int("householdsScanned"), done.Int("findingsRaised"), done.Int("reasonsAdded")));
        Assert.NotEmpty(Assert.Single(done.Items("centres")).Str("finishedAt"));
        Assert.Single(await factory.PublishedAsync("silent-family-found", alone.ToString()));
        Assert.Single(await factory.PublishedAsync("silent-family-found", disabled.ToString()));

        var second = await factory.ScannedAsync(worker);
        var first = await worker.GetFromJsonAsync<JsonElement>("/v1/silent-family/scans?pageSize=1");
        Assert.Equal(second.Str("scanId"), Assert.Single(first.Items("scans")).Str("scanId"));
        var next = await worker.GetFromJsonAsync<JsonElement>($"/v1/silent-family/scans?pageSize=1&pageToken={first.Str("nextPageToken")}");
        Assert.Equal(asked.Str("scanId"), Assert.Single(next.Items("scans")).Str("scanId"));
        Assert.Empty(next.Str("nextPageToken"));
    }

    [Fact]
    public async Task A_centre_is_not_scanned_again_while_its_scan_is_under_way_nor_by_the_district()
    {
        var centre = SocialWorkFactory.NewCentre();
        await ThreeHouseholdsAsync(centre);
        var held = await ScanLeftAsync(centre, leaseUntil: DateTimeOffset.UtcNow.AddMinutes(2));

        var again = await factory.WorkerOf(centre).PostAsJsonAsync("/v1/silent-family:scan", new { });
        var district = await factory.ClientFor("yangpu-admin", ["district-admin"], tenant: null).PostAsJsonAsync("/v1/silent-family:scan", new { });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (again.StatusCode, district.StatusCode));
        Assert.Contains("scan-running", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("scan-running", await district.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.Services.GetRequiredService<SilentFamilyScanning>().RunAsync(CancellationToken.None);
        Assert.Equal("SCAN_STATUS_SCANNING", (await factory.WorkerOf(centre).GetAsync($"/v1/silent-family/scans/{held}").OkAsync()).Str("status"));

        // The replica holding it stops: once its lease lapses the scan is finished, and the centre may be scanned again.
        await LapseAsync(centre, held);
        await factory.Services.GetRequiredService<SilentFamilyScanning>().RunAsync(CancellationToken.None);
        Assert.Equal("SCAN_STATUS_DONE", (await factory.FinishedScanAsync(factory.WorkerOf(centre), held.ToString())).Str("status"));
        Assert.Equal("SCAN_STATUS_DONE", (await factory.ScannedAsync(factory.WorkerOf(centre))).Str("status"));
    }

    [Fact]
    public async Task A_scan_a_stopped_replica_left_after_a_batch_goes_on_after_it_once_its_lease_lapses_and_ends_as_one_uninterrupted_scan_would()
    {
        var interrupted = SocialWorkFactory.NewCentre();
        var uninterrupted = SocialWorkFactory.NewCentre();
        await ThreeHouseholdsAsync(interrupted);
        await ThreeHouseholdsAsync(uninterrupted);
        await factory.KnownHouseholdAsync(interrupted, age: 90, size: 1, perCapita: 2_500m);
        await factory.KnownHouseholdAsync(uninterrupted, age: 90, size: 1, perCapita: 2_500m);
        var whole = await factory.ScannedAsync(factory.WorkerOf(uninterrupted));

        // A replica scanned the first two households, committed them with its progress, and stopped.
        var scanId = await ScanLeftAsync(interrupted, leaseUntil: DateTimeOffset.UtcNow.AddMinutes(2), firstBatch: 2);
        var left = await factory.WorkerOf(interrupted).GetAsync($"/v1/silent-family/scans/{scanId}").OkAsync();
        Assert.Equal(("SCAN_STATUS_SCANNING", 4, 2), (left.Str("status"), left.Int("householdsTotal"), left.Int("householdsScanned")));
        await LapseAsync(interrupted, scanId);
        await factory.Services.GetRequiredService<SilentFamilyScanning>().RunAsync(CancellationToken.None);

        var resumed = await factory.FinishedScanAsync(factory.WorkerOf(interrupted), scanId.ToString());
        Assert.Equal(("SCAN_STATUS_DONE", 4, 4, 3), (resumed.Str("status"), resumed.Int("householdsTotal"), resumed.Int("householdsScanned"), resumed.Int("findingsRaised")));
        Assert.Equal(
            (whole.Int("householdsScanned"), whole.Int("findingsRaised"), whole.Int("reasonsAdded"), string.Join(",", await ReasonsAsync(uninterrupted))),
            (resumed.Int("householdsScanned"), resumed.Int("findingsRaised"), resumed.Int("reasonsAdded"), string.Join(",", await ReasonsAsync(interrupted))));
        var findings = await factory.QueryAsync(interrupted, db => db.Findings.Select(f => new { f.Id, f.HouseholdId }).ToListAsync());
        Assert.Equal(findings.Count, findings.Select(f => f.HouseholdId).Distinct().Count());
        foreach (var finding in findings)
        {
            Assert.Equal(1, await factory.WrittenAsync("silent-family-found", finding.Id.ToString()));
        }
    }

    [Fact]
    public async Task Another_centre_cannot_read_a_scan_and_a_scan_id_that_is_not_one_is_refused_by_its_field()
    {
        var centre = SocialWorkFactory.NewCentre();
        await ThreeHouseholdsAsync(centre);
        var scan = await factory.ScannedAsync(factory.WorkerOf(centre));
        var other = factory.WorkerOf(SocialWorkFactory.NewCentre(), "w2");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/v1/silent-family/scans/{scan.Str("scanId")}")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/v1/silent-family/scans")).Items("scans"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.WorkerOf(centre).GetAsync($"/v1/silent-family/scans/{Guid.NewGuid()}")).StatusCode);
        var bad = await factory.WorkerOf(centre).GetAsync("/v1/silent-family/scans/not-a-scan");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("scanId", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientFor("clerk-1", ["clerk"], centre).GetAsync($"/v1/silent-family/scans/{scan.Str("scanId")}")).StatusCode);
        var district = await factory.ClientFor("yangpu-admin", ["district-admin"], tenant: null).GetAsync($"/v1/silent-family/scans/{scan.Str("scanId")}").OkAsync();
        Assert.Equal(centre, Assert.Single(district.Items("centres")).Str("centre"));
    }

    /// <summary>An elderly person alone and a disabled family without benefit (both flagged), and an ordinary family.</summary>
    private async Task<(Guid Alone, Guid Disabled, Guid Ordinary)> ThreeHouseholdsAsync(string centre)
    {
        var (alone, _) = await factory.KnownHouseholdAsync(centre, age: 86, size: 1, perCapita: 2_000m);
        var (disabled, _) = await factory.KnownHouseholdAsync(centre, age: 50, size: 3, perCapita: 1_800m, disabilityGrade: 1);
        var (ordinary, _) = await factory.KnownHouseholdAsync(centre, age: 40, size: 3, perCapita: 4_000m, benefits: "public-rental-housing");
        return (alone, disabled, ordinary);
    }

    /// <summary>A centre's scan as a replica left it: its lease held until the time given, perhaps a first batch committed.</summary>
    private async Task<Guid> ScanLeftAsync(string centre, DateTimeOffset leaseUntil, int firstBatch = 0)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<SocialWorkDbContext>();
        var scan = CentreScan.Start(Guid.CreateVersion7(), await db.Households.CountAsync(), "w1", DateTimeOffset.UtcNow);
        db.Scans.Add(scan);
        db.Entry(scan).Property(SocialWorkDbContext.ScanLease).CurrentValue = leaseUntil;
        if (firstBatch > 0)
        {
            var scanner = scope.ServiceProvider.GetRequiredService<SilentFamilyScanner>();
            Assert.True(await scanner.ScanBatchAsync(scan, await scanner.RulesAsync(CancellationToken.None), firstBatch, CancellationToken.None));
        }

        await db.SaveChangesAsync();
        return scan.ScanId;
    }

    private Task<int> LapseAsync(string centre, Guid scanId) =>
        factory.QueryAsync(centre, db => db.Scans.Where(s => s.ScanId == scanId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTimeOffset?>(r, SocialWorkDbContext.ScanLease), DateTimeOffset.UtcNow.AddSeconds(-1))));

    /// <summary>The reasons a centre's findings carry, as a sorted list: what two scans of alike centres should agree on.</summary>
    private Task<List<string>> ReasonsAsync(string centre) =>
        factory.QueryAsync(centre, async db => (await db.Findings.AsNoTracking().ToListAsync()).SelectMany(f => f.Reasons.Select(r => r.RuleCode)).Order(StringComparer.Ordinal).ToList());
}
