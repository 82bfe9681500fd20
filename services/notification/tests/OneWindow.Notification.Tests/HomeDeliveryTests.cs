using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;

namespace OneWindow.Notification.Tests;

public sealed class HomeDeliveryTests(NotificationFactory notification) : IClassFixture<NotificationFactory>
{
    [Fact]
    public async Task Approving_a_home_delivery_item_gives_the_grids_manager_a_task_they_confirm_and_intake_is_told()
    {
        var (centre, fileId) = await ApprovedHomeDeliveryAsync();
        var manager = notification.StaffOf(centre, "gm-02", "grid-manager");

        var task = await EventuallyTaskAsync(manager);
        Assert.Equal(("TASK_STATUS_ASSIGNED", "JP-G02", fileId.ToString()), (task.Str("status"), task.Str("grid"), task.Str("fileId")));
        Assert.Equal("杨浦区江浦路100弄5号301室", task.Str("address"));
        Assert.Contains("最低生活保障年审", task.Str("what"), StringComparison.Ordinal);
        var created = Assert.Single(await notification.PublishedAsync("delivery-task-created", task.Str("taskId")));
        Assert.Equal("gm-02", created.Str("gridManagerStaffId"));
        var inbox = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/inbox");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.Str("kind") == "delivery-task-assigned" && i.Str("fileId") == fileId.ToString());

        var confirmed = await manager.PostAsJsonAsync($"/v1/delivery-tasks/{task.Str("taskId")}:confirm", new { receivedBy = "王建国", signatureReference = "SD-2026-0001" }).OkAsync();

        Assert.Equal("TASK_STATUS_DELIVERED", confirmed.Str("status"));
        Assert.Equal("王建国", confirmed.Str("receivedBy"));
        var published = Assert.Single(await notification.PublishedAsync("delivery-confirmed", task.Str("taskId")));
        Assert.Equal(fileId.ToString(), published.Str("fileId"));
        Assert.DoesNotContain("王建国", published.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_grid_manager_cannot_confirm_the_task_and_the_attempt_is_audited()
    {
        var (centre, _) = await ApprovedHomeDeliveryAsync();
        var task = await EventuallyTaskAsync(notification.StaffOf(centre, "gm-02", "grid-manager"));
        var intruder = notification.StaffOf(centre, "gm-03", "grid-manager");

        var confirm = await intruder.PostAsJsonAsync($"/v1/delivery-tasks/{task.Str("taskId")}:confirm", new { receivedBy = "张三", signatureReference = "X" });
        var seen = await intruder.GetAsync($"/v1/delivery-tasks/{task.Str("taskId")}");
        var listed = await intruder.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/delivery-tasks");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (confirm.StatusCode, seen.StatusCode));
        Assert.Equal(0, listed.TryGetProperty("tasks", out var tasks) ? tasks.GetArrayLength() : 0);
        await using var connection = await notification.OpenAppConnectionAsync(centre);
        await using var audit = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'confirm-delivery' AND outcome = 'Denied' AND subject_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = task.Str("taskId") } },
        };
        Assert.Equal(1L, (long)(await audit.ExecuteScalarAsync())!);
        Assert.Equal("TASK_STATUS_ASSIGNED", (await notification.StaffOf(centre, "gm-02", "grid-manager").GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/delivery-tasks/{task.Str("taskId")}")).Str("status"));
    }

    [Fact]
    public async Task A_failed_attempt_is_counted_published_and_the_task_stays_open()
    {
        var (centre, _) = await ApprovedHomeDeliveryAsync();
        var manager = notification.StaffOf(centre, "gm-02", "grid-manager");
        var task = await EventuallyTaskAsync(manager);

        var failed = await manager.PostAsJsonAsync($"/v1/delivery-tasks/{task.Str("taskId")}:fail", new { reason = "ATTEMPT_FAILURE_NOBODY_HOME" }).OkAsync();
        var noReason = await manager.PostAsJsonAsync($"/v1/delivery-tasks/{task.Str("taskId")}:fail", new { });
        var otherWithoutNote = await manager.PostAsJsonAsync($"/v1/delivery-tasks/{task.Str("taskId")}:fail", new { reason = "ATTEMPT_FAILURE_OTHER" });
        var future = await manager.PostAsJsonAsync($"/v1/delivery-tasks/{task.Str("taskId")}:confirm", new { receivedBy = "王建国", signatureReference = "S", deliveredAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O") });

        Assert.Equal(("TASK_STATUS_ASSIGNED", 1), (failed.Str("status"), failed.GetProperty("failedAttempts").GetInt32()));
        Assert.Equal("无人在家", Assert.Single(await notification.PublishedAsync("delivery-failed", task.Str("taskId"))).Str("reason"));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noReason.StatusCode, otherWithoutNote.StatusCode, future.StatusCode));
        Assert.Contains("deliveredAt", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_decision_twice_and_a_completion_after_it_make_one_task()
    {
        var (centre, fileId) = await ApprovedHomeDeliveryAsync();
        await notification.PublishAsync(new ApplicationCompleted { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", Outcome = CompletionOutcome.Granted, CompletedByStaffId = "officer-1" });
        await EventuallyTaskAsync(notification.StaffOf(centre, "gm-02", "grid-manager"));

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Kind == "result-ready"));
        Assert.Equal(1, await notification.QueryAsync(centre, db => db.DeliveryTasks.CountAsync(t => t.FileId == fileId)));
    }

    [Fact]
    public async Task A_task_whose_grid_has_no_manager_waits_visible_to_the_head()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, _) = await notification.AcceptedFileAsync(centre, method: DeliveryMethod.HomeDelivery, grid: "JP-G99");
        await notification.PublishAsync(new ApplicationApproved { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", ApproverStaffId = "officer-1" }, "policy-law");

        await notification.EventuallyAsync(centre, db => db.DeliveryTasks.AnyAsync(t => t.FileId == fileId && t.PendingReason != null));
        var tasks = await notification.StaffOf(centre, "head-1", "head", "grid-manager").GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/delivery-tasks?openOnly=true");

        var task = Assert.Single(tasks.GetProperty("tasks").EnumerateArray());
        Assert.Equal("TASK_STATUS_PENDING", task.Str("status"));
        Assert.Contains("JP-G99", task.Str("pendingReason"), StringComparison.Ordinal);
        Assert.DoesNotContain("100弄5号", task.Str("address"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_tasks_are_not_for_residents_or_clerks()
    {
        var centre = NotificationFactory.NewCentre();

        Assert.Equal(HttpStatusCode.Forbidden, (await notification.StaffOf(centre, "clerk-1", "clerk").GetAsync("/v1/delivery-tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await notification.StaffOf(centre, Guid.NewGuid().ToString(), "resident").GetAsync("/v1/delivery-tasks")).StatusCode);
    }

    [Fact]
    public async Task The_tasks_come_a_page_at_a_time_soonest_due_first_each_once_with_their_whole_count()
    {
        var (centre, _) = await ApprovedHomeDeliveryAsync();
        for (var i = 0; i < 2; i++)
        {
            var (_, _, fileId, _) = await notification.AcceptedFileAsync(centre, method: DeliveryMethod.HomeDelivery);
            await notification.PublishAsync(new ApplicationApproved { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", ApproverStaffId = "officer-1" }, "policy-law");
        }

        await notification.EventuallyAsync(centre, async db => await db.DeliveryTasks.CountAsync() == 3);
        // The head reads the centre's, assigned or still waiting for their grid's manager alike.
        var head = notification.StaffOf(centre, "head-1", "head", "grid-manager");
        var whole = await head.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/delivery-tasks?openOnly=true");
        var first = await head.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/delivery-tasks?openOnly=true&pageSize=2");
        var second = await head.GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/delivery-tasks?openOnly=true&pageSize=2&pageToken={first.Str("nextPageToken")}");
        var badToken = await head.GetAsync("/v1/delivery-tasks?pageToken=not-a-token");

        var paged = new[] { first, second }.SelectMany(p => p.GetProperty("tasks").EnumerateArray()).Select(t => t.Str("taskId")).ToList();
        var all = whole.GetProperty("tasks").EnumerateArray().Select(t => t.Str("taskId")).ToList();
        Assert.Equal(3, all.Distinct().Count());
        Assert.Equal(all, paged);
        Assert.Equal(3, first.Int("totalSize"));
        Assert.Equal(string.Empty, second.Str("nextPageToken"));
        var due = whole.GetProperty("tasks").EnumerateArray().Select(t => t.Str("due")).ToList();
        Assert.Equal(due.Order(StringComparer.Ordinal), due);
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("\"pageToken\"", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(string Centre, Guid FileId)> ApprovedHomeDeliveryAsync()
    {
        var centre = NotificationFactory.NewCentre();
        await notification.PublishAsync(new StaffHired { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, StaffId = "gm-02", Department = Department.Grid, Roles = ["grid-manager"], Grid = "JP-G02" }, "hr-payroll");
        await notification.PublishAsync(new StaffHired { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, StaffId = "gm-03", Department = Department.Grid, Roles = ["grid-manager"], Grid = "JP-G03" }, "hr-payroll");
        await notification.EventuallyAsync(centre, async db => await db.Staff.CountAsync() == 2);
        var (_, _, fileId, _) = await notification.AcceptedFileAsync(centre, method: DeliveryMethod.HomeDelivery);
        var approved = new ApplicationApproved { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", ApproverStaffId = "officer-1" };
        await notification.PublishAsync(approved, "policy-law");
        await notification.PublishAsync(approved, "policy-law");
        return (centre, fileId);
    }

    private static async Task<System.Text.Json.JsonElement> EventuallyTaskAsync(HttpClient manager)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var listed = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/delivery-tasks");
            if (listed.TryGetProperty("tasks", out var tasks) && tasks.GetArrayLength() > 0)
            {
                return Assert.Single(tasks.EnumerateArray());
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("No delivery task reached the grid manager.");
    }
}
