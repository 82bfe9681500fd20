using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.SocialWork.Tests;

/// <summary>
/// How long the demo centre's jobs take, run on demand (<c>dotnet test --filter SilentFamilyScanBenchmark -- xUnit.Explicit=only</c>):
/// Jiangpu Road's households made known as intake's seed tells them, the department's demo months seeded, then one
/// scan of the centre from asking to done, and the statistics for a month and for a year. Reports the durations.
/// </summary>
public sealed class SilentFamilyScanBenchmark(SocialWorkFactory factory) : IClassFixture<SocialWorkFactory>
{
    [Fact(Explicit = true)]
    public async Task The_demo_centres_scan_and_its_statistics_for_a_month_and_a_year()
    {
        var output = TestContext.Current.TestOutputHelper!;
        await factory.SeedAsync();
        var centre = DemoDistrict.DemoDistrictGenerator.District.Centre("jiangpu");
        await factory.DemoHouseholdsKnownAsync(centre);
        var worker = factory.WorkerOf(centre.Code, "jiangpu-s036");

        var timer = Stopwatch.StartNew();
        var scan = await factory.ScannedAsync(worker);
        var scanned = timer.Elapsed;
        Assert.Equal("SCAN_STATUS_DONE", scan.Str("status"));
        output.WriteLine($"scan of {centre.Code}: {scan.Int("householdsScanned")} households, {scan.Int("findingsRaised")} findings, {scanned.TotalMilliseconds:0} ms from asking to done");

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var head = factory.HeadOf(centre.Code, "jiangpu-s035");
        foreach (var (name, from) in new[] { ("month", today.AddMonths(-1)), ("year", today.AddYears(-1)) })
        {
            var url = $"/v1/statistics?from={from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            await head.GetFromJsonAsync<JsonElement>(url);
            timer.Restart();
            var statistics = await head.GetFromJsonAsync<JsonElement>(url);
            var elapsed = timer.Elapsed;
            var tally = Assert.Single(statistics.Items("centres")).GetProperty("tally");
            output.WriteLine($"statistics of {centre.Code} for a {name}: {tally.Int("labourSurveys")} surveys, {tally.Int("homeInvestigations")} home investigations, {elapsed.TotalMilliseconds:0} ms (second call)");
        }
    }
}
