using System.Net;
using System.Net.Http.Json;
using OneWindow.Common.Time;

namespace OneWindow.Intake.Tests;

/// <summary>
/// A file's eligibility for whoever decides it: asked of policy-law when the file is opened, for this centre's files only.
/// policy-law does not run beside these tests, so every answer here is the outage's; the verdicts themselves are the
/// console's reviewer journey's, on the whole stack.
/// </summary>
public sealed class FileEligibilityTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private static readonly string[] DibaoReviewMaterials = ["id-card", "hukou-book", "income-proof"];

    [Fact]
    public async Task A_reviewer_opening_a_file_is_told_plainly_that_policy_law_did_not_answer_and_the_file_is_still_served()
    {
        var (centre, fileId) = await AcceptedAsync();

        var response = await intake.ClientFor("reviewer-1", IntakeFactory.Reviewer, centre).GetAsync($"/v1/applications/{fileId}/eligibility");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var eligibility = await response.ReadAsync();
        Assert.Equal("FILE_ELIGIBILITY_OUTCOME_UNAVAILABLE", eligibility.Str("outcome"));
        Assert.Equal("dibao-review", eligibility.Str("itemCode"));
        Assert.Equal(1, eligibility.GetProperty("itemVersion").GetInt32());
        Assert.Equal(ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), eligibility.Str("factsOn"));
        Assert.False(eligibility.TryGetProperty("facts", out var facts) && facts.GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_supervisor_re_checking_a_file_may_ask_too_but_a_grid_manager_may_not()
    {
        var (centre, fileId) = await AcceptedAsync();

        var supervisor = await intake.ClientFor("supervisor-1", ["supervisor"], centre).GetAsync($"/v1/applications/{fileId}/eligibility");
        var gridManager = await intake.ClientFor("grid-1", ["grid-manager"], centre).GetAsync($"/v1/applications/{fileId}/eligibility");

        Assert.Equal(HttpStatusCode.OK, supervisor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, gridManager.StatusCode);
    }

    [Fact]
    public async Task Another_centres_file_is_not_found_and_a_malformed_id_is_named()
    {
        var (_, fileId) = await AcceptedAsync();
        var otherReviewer = intake.ClientFor("reviewer-1", IntakeFactory.Reviewer, IntakeFactory.NewCentre());

        var otherCentre = await otherReviewer.GetAsync($"/v1/applications/{fileId}/eligibility");
        var notAnId = await otherReviewer.GetAsync("/v1/applications/abc/eligibility");

        Assert.Equal(HttpStatusCode.NotFound, otherCentre.StatusCode);
        Assert.Contains("unknown-file", await otherCentre.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notAnId.StatusCode);
        Assert.Contains("fileId", await notAnId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(string Centre, string FileId)> AcceptedAsync()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var household = await IntakeFactory.RegisterHouseholdAsync(clerk);
        var accepted = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId = household.GetProperty("members")[0].Str("residentId"), materials = DibaoReviewMaterials });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return (centre, (await accepted.ReadAsync()).GetProperty("file").Str("fileId"));
    }
}
