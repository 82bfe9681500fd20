using System.Net.Http.Json;
using OneWindow.Events;

namespace OneWindow.Intake.Tests;

public sealed class DeliveryTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    [Fact]
    public async Task A_file_shows_its_result_reached_the_home_when_the_grid_manager_confirms()
    {
        var (centre, clerk, fileId) = await RoutedFileAsync();
        var task = Guid.NewGuid();
        var due = DateTimeOffset.UtcNow.AddDays(3);
        var delivered = DateTimeOffset.UtcNow;

        await intake.PublishAsync(new DeliveryTaskCreated { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, TaskId = task, FileId = fileId, GridManagerStaffId = "grid-07", Due = due }, "notification");
        var assigned = await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => f.GetProperty("delivery").Str("progress") == "DELIVERY_PROGRESS_ASSIGNED");
        await intake.PublishAsync(new DeliveryConfirmed { OccurredAt = delivered, Tenant = centre, TaskId = task, FileId = fileId, GridManagerStaffId = "grid-07", DeliveredAt = delivered }, "notification");
        var file = await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => f.GetProperty("delivery").Str("progress") == "DELIVERY_PROGRESS_DELIVERED");

        Assert.Equal("grid-07", assigned.GetProperty("delivery").Str("gridManagerStaffId"));
        Assert.NotEqual(string.Empty, assigned.GetProperty("delivery").Str("due"));
        var delivery = file.GetProperty("delivery");
        Assert.Equal(task.ToString(), delivery.Str("taskId"));
        Assert.Equal(delivered, DateTimeOffset.Parse(delivery.Str("deliveredAt"), System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_failed_attempt_shows_its_reason_and_a_later_confirmation_is_final()
    {
        var (centre, clerk, fileId) = await RoutedFileAsync();
        var task = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        await intake.PublishAsync(new DeliveryFailed { OccurredAt = now, Tenant = centre, TaskId = task, FileId = fileId, GridManagerStaffId = "grid-07", AttemptedAt = now, Reason = "家中无人" }, "notification");
        var failed = await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => f.GetProperty("delivery").Str("progress") == "DELIVERY_PROGRESS_ATTEMPT_FAILED");
        await intake.PublishAsync(new DeliveryConfirmed { OccurredAt = now.AddHours(1), Tenant = centre, TaskId = task, FileId = fileId, GridManagerStaffId = "grid-07", DeliveredAt = now.AddHours(1) }, "notification");
        await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => f.GetProperty("delivery").Str("progress") == "DELIVERY_PROGRESS_DELIVERED");
        var late = Guid.NewGuid();
        await intake.PublishAsync(new DeliveryFailed { OccurredAt = now.AddHours(2), Tenant = centre, TaskId = late, FileId = fileId, GridManagerStaffId = "grid-07", AttemptedAt = now.AddHours(2), Reason = "迟到的报告" }, "notification");
        await intake.PublishedAsync("delivery-failed", late.ToString(), source: "notification");
        await intake.HandledAsync("delivery-failed");
        var final = await (await clerk.GetAsync($"/v1/applications/{fileId}")).ReadAsync();

        Assert.Equal(1, failed.GetProperty("delivery").GetProperty("failedAttempts").GetInt32());
        Assert.Equal("家中无人", failed.GetProperty("delivery").Str("lastFailureReason"));
        Assert.Equal("DELIVERY_PROGRESS_DELIVERED", final.GetProperty("delivery").Str("progress"));
        Assert.Equal(1, final.GetProperty("delivery").GetProperty("failedAttempts").GetInt32());
    }

    [Fact]
    public async Task A_delivery_reported_under_another_centre_does_not_touch_this_centres_file()
    {
        var (centre, clerk, fileId) = await RoutedFileAsync();
        var now = DateTimeOffset.UtcNow;

        await intake.PublishAsync(new DeliveryFailed { OccurredAt = now, Tenant = IntakeFactory.NewCentre(), TaskId = Guid.NewGuid(), FileId = fileId, GridManagerStaffId = "grid-99", AttemptedAt = now, Reason = "别的中心" }, "notification");
        await intake.PublishAsync(new DeliveryFailed { OccurredAt = now, Tenant = centre, TaskId = Guid.NewGuid(), FileId = fileId, GridManagerStaffId = "grid-07", AttemptedAt = now, Reason = "本中心" }, "notification");
        await intake.EventuallyAsync(clerk, $"/v1/applications/{fileId}", f => f.GetProperty("delivery").GetProperty("failedAttempts").GetInt32() >= 1);
        await intake.HandledAsync("delivery-failed");
        var file = await (await clerk.GetAsync($"/v1/applications/{fileId}")).ReadAsync();

        Assert.Equal(1, file.GetProperty("delivery").GetProperty("failedAttempts").GetInt32());
        Assert.Equal("grid-07", file.GetProperty("delivery").Str("gridManagerStaffId"));
    }

    [Fact]
    public async Task A_new_file_has_no_delivery_yet()
    {
        var (_, clerk, fileId) = await RoutedFileAsync();

        var file = await (await clerk.GetAsync($"/v1/applications/{fileId}")).ReadAsync();

        Assert.Equal("DELIVERY_PROGRESS_NONE", file.GetProperty("delivery").Str("progress"));
    }

    private async Task<(string Centre, HttpClient Clerk, Guid FileId)> RoutedFileAsync()
    {
        var (centre, clerk, residentId, _) = await intake.NewResidentAsync();
        var response = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "dibao-review", residentId, materials = new[] { "id-card", "hukou-book", "income-proof" } });
        return (centre, clerk, Guid.Parse((await response.ReadAsync()).GetProperty("file").Str("fileId")));
    }
}
