using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using OneWindow.Common.Calendar;
using OneWindow.Events;

namespace OneWindow.Intake.Tests;

/// <summary>
/// The promised date of a file whose statutory deadline reaches into a year the district has not loaded (issue 20):
/// 暂定 on the receipt and the file, and final once review counts it again on the loaded year. Its own class: the
/// calendar a service keeps is the district's, the same for every test of the host.
/// </summary>
public sealed class ProvisionalDeadlineTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private static readonly string[] DibaoMaterials = ["id-card", "hukou-book", "income-proof", "bank-card", "application-form"];

    [Fact]
    public async Task A_promised_date_reaching_into_a_year_not_loaded_is_provisional_until_review_counts_it_again_on_the_loaded_year()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var household = await IntakeFactory.RegisterHouseholdAsync(clerk);
        var residentId = household.GetProperty("members")[0].Str("residentId");

        // 30 working days: from 7 December 2026 on, they reach past the last year shipped with the platform (2026).
        var reply = await (await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao", residentId, materials = DibaoMaterials })).ReadAsync();

        var file = reply.GetProperty("file");
        var fileId = file.Str("fileId");
        var acceptedAt = DateTimeOffset.Parse(file.Str("acceptedAt"), CultureInfo.InvariantCulture);
        var promised = DateTimeOffset.Parse(file.Str("statutoryDeadline"), CultureInfo.InvariantCulture);
        var missingYear = WorkingDayCalendar.China.FirstUnloadedYear(acceptedAt, promised);
        Assert.NotNull(missingYear);
        Assert.True(file.GetProperty("deadlineProvisional").GetBoolean());
        Assert.Contains($"（暂定：{missingYear}年工作日历尚未载入", reply.Str("receipt"), StringComparison.Ordinal);
        Assert.True((await clerk.GetFromJsonAsync<JsonElement>($"/v1/applications/{fileId}", TestContext.Current.CancellationToken)).GetProperty("deadlineProvisional").GetBoolean());

        // Review counts it again once the year is loaded (New Year's Day off: one day later) and tells it, twice.
        var recounted = promised.AddDays(1);
        var changed = new FileDeadlineChanged
        {
            OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = Guid.Parse(fileId), PreviousDeadline = promised, Deadline = recounted, Provisional = false,
        };
        await intake.PublishAsync(changed, "review");
        await intake.PublishAsync(changed, "review");

        var final = await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => !f.GetProperty("deadlineProvisional").GetBoolean());
        Assert.Equal(recounted, DateTimeOffset.Parse(final.Str("statutoryDeadline"), CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1));
        var listed = await clerk.GetFromJsonAsync<JsonElement>($"/v1/applications?householdId={household.Str("householdId")}", TestContext.Current.CancellationToken);
        Assert.False(listed.GetProperty("files").EnumerateArray().Single(f => f.Str("fileId") == fileId).GetProperty("deadlineProvisional").GetBoolean());
    }
}
