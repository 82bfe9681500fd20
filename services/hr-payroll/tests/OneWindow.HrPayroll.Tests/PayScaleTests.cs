using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneWindow.Common.Time;

namespace OneWindow.HrPayroll.Tests;

public sealed class PayScaleTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    [Fact]
    public async Task Staff_read_the_scale_in_force_with_three_tiers_of_eighteen_grades()
    {
        var scale = await hr.StaffOf("jiangpu", "jiangpu-s004", "clerk").GetAsync("/v1/pay-scale").OkAsync();
        var terms = JsonNode.Parse(scale.GetProperty("termsJson").GetString()!)!;

        Assert.Equal(1, scale.GetProperty("version").GetInt32());
        Assert.Equal("2025-01-01", scale.GetProperty("effectiveFrom").GetString());
        Assert.Equal(3, terms["gradePay"]!.AsArray().Count);
        Assert.All(terms["gradePay"]!.AsArray(), row => Assert.Equal(18, row!.AsArray().Count));
        Assert.Equal(1848m, terms["gradePay"]![2]![0]!.GetValue<decimal>());
        Assert.Equal(4248m, terms["gradePay"]![0]![17]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_raise_is_a_new_version_and_overlapping_versions_are_refused()
    {
        var current = await hr.DistrictHr().GetAsync("/v1/pay-scale").OkAsync();
        var raised = Raise(current.GetProperty("termsJson").GetString()!, 100m);
        // Well after today, so the scale in force today (which the other tests of the class read) stays version 1.
        var from = new DateOnly(ChinaTime.Today(TimeProvider.System).Year + 2, 1, 1);

        var published = await hr.DistrictHr().PostAsJsonAsync("/v1/pay-scale/versions", new { effectiveFrom = Format(from), termsJson = raised }).OkAsync();
        var overlapping = await hr.DistrictHr().PostAsJsonAsync("/v1/pay-scale/versions", new { effectiveFrom = Format(from.AddMonths(-1)), termsJson = raised });

        Assert.Equal(2, published.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Contains("effectiveFrom", await overlapping.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await hr.DistrictHr().GetAsync($"/v1/pay-scale?on={Format(from.AddDays(-1))}").OkAsync()).GetProperty("version").GetInt32());
        Assert.Equal(1, (await hr.DistrictHr().GetAsync("/v1/pay-scale").OkAsync()).GetProperty("version").GetInt32());
        var next = await hr.DistrictHr().GetAsync($"/v1/pay-scale?on={Format(from)}").OkAsync();
        Assert.Equal(1948m, JsonNode.Parse(next.GetProperty("termsJson").GetString()!)!["gradePay"]![2]![0]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Only_district_hr_publishes_the_scale()
    {
        var terms = (await hr.DistrictHr().GetAsync("/v1/pay-scale").OkAsync()).GetProperty("termsJson").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await hr.HrAdminOf("jiangpu").PostAsJsonAsync("/v1/pay-scale/versions", new { effectiveFrom = "2030-01-01", termsJson = terms })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.DirectorOf("jiangpu").PostAsJsonAsync("/v1/pay-scale/versions", new { effectiveFrom = "2030-01-01", termsJson = terms })).StatusCode);
    }

    [Theory]
    [InlineData("seventeen-grades", "terms.gradePay")]
    [InlineData("not-json", "termsJson")]
    [InlineData("bad-date", "effectiveFrom")]
    public async Task A_malformed_scale_is_a_400_naming_the_field(string defect, string field)
    {
        var terms = JsonNode.Parse((await hr.DistrictHr().GetAsync("/v1/pay-scale").OkAsync()).GetProperty("termsJson").GetString()!)!;
        // After any version another test of the class publishes, so only the defect can be what is refused.
        var year = ChinaTime.Today(TimeProvider.System).Year + 10;
        var effectiveFrom = $"{year}-01-01";
        string json;
        switch (defect)
        {
            case "seventeen-grades":
                terms["gradePay"]![0]!.AsArray().RemoveAt(17);
                json = terms.ToJsonString();
                break;
            case "not-json":
                json = "{ grade pay";
                break;
            default:
                json = terms.ToJsonString();
                effectiveFrom = $"01/01/{year}";
                break;
        }

        var response = await hr.DistrictHr().PostAsJsonAsync("/v1/pay-scale/versions", new { effectiveFrom, termsJson = json });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Raise(string termsJson, decimal by)
    {
        var terms = JsonNode.Parse(termsJson)!;
        foreach (var row in terms["gradePay"]!.AsArray())
        {
            var amounts = row!.AsArray();
            for (var i = 0; i < amounts.Count; i++)
            {
                amounts[i] = amounts[i]!.GetValue<decimal>() + by;
            }
        }

        return terms.ToJsonString(new JsonSerializerOptions());
    }
}
