using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Notification.Application;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Testing;

namespace OneWindow.Notification.Tests;

/// <summary>
/// notification with quiet hours on (21:00-08:00) and a notification clock the tests move, starting at 22:00 China time.
/// Only the notification clock is fake: the outbox, the event transport and the worker's timer keep real time, so
/// events still arrive while the notices they cause are reckoned at night.
/// </summary>
public sealed class NightFactory(PlatformServers servers) : NotificationFactory(servers)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 22, 0, 0, TimeSpan.FromHours(8)));

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings => [new("Notification:QuietHours", "21:00-08:00")];

    protected override void ReplaceServices(IServiceCollection services) => services.AddSingleton(new NotificationClock(Clock));
}

public sealed class ClockTests(NightFactory notification) : IClassFixture<NightFactory>
{
    [Fact]
    public async Task A_text_due_at_night_waits_until_eight_in_the_morning()
    {
        var night = NextNight();
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, phone) = await notification.AcceptedFileAsync(centre);

        await notification.PublishAsync(Returned(centre, fileId), "review");

        var morning = new DateTimeOffset(night.Date.AddDays(1).AddHours(8), China);
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.NextAttemptAt == morning));
        Assert.DoesNotContain(notification.Sms.Accepted, m => m.To == "+86" + phone);
        var app = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.App));
        Assert.Equal(DeliveryStatus.Delivered, app.Status);

        notification.Clock.SetUtcNow(morning.AddMinutes(1));

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone);
    }

    [Fact]
    public async Task An_annual_review_falling_due_is_announced_once_listing_every_item_of_the_household()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, householdId, dibao, _) = await notification.AcceptedFileAsync(centre, itemCode: "dibao-review");
        var housing = Guid.NewGuid();
        await notification.PublishAsync(new ApplicationAccepted
        {
            OccurredAt = notification.Clock.GetUtcNow(), Tenant = centre, FileId = housing, ItemCode = "public-rental-review", ItemVersion = 1, Kind = ItemKind.Routed,
            ResidentId = residentId, HouseholdId = householdId, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = DeliveryMethod.CollectAtCentre,
        }, "intake");
        await notification.EventuallyAsync(centre, db => db.Files.AnyAsync(f => f.FileId == housing));
        // Approved a year ago, due in 40 and 45 days: beyond the reminders' 30 days ahead until the clock moves, so the
        // reminder round that finds them finds both (a round between the two approvals would announce one alone).
        var lastYear = notification.Clock.GetUtcNow().AddMonths(-12).AddDays(40);

        await notification.PublishAsync(new ApplicationApproved { OccurredAt = lastYear, Tenant = centre, FileId = dibao, ItemCode = "dibao-review", ApproverStaffId = "o-1" }, "policy-law");
        await notification.PublishAsync(new ApplicationApproved { OccurredAt = lastYear.AddDays(5), Tenant = centre, FileId = housing, ItemCode = "public-rental-review", ApproverStaffId = "o-1" }, "policy-law");
        await notification.EventuallyAsync(centre, async db => await db.PeriodicItems.CountAsync(p => p.HouseholdId == householdId) == 2);
        notification.Clock.Advance(TimeSpan.FromDays(20));

        await notification.EventuallyAsync(centre, async db => await db.PeriodicItems.CountAsync(p => p.HouseholdId == householdId && p.RemindedAt != null) == 2);
        var reminders = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.Kind == "review-due" && d.RecipientId == residentId.ToString()).ToListAsync());
        var app = Assert.Single(reminders, d => d.Channel == Channel.App);
        Assert.Contains("最低生活保障年审", app.Body, StringComparison.Ordinal);
        Assert.Contains("公租房年审", app.Body, StringComparison.Ordinal);
        Assert.Single(reminders, d => d.Channel == Channel.Sms);
    }

    [Fact]
    public async Task Replicas_running_the_reminders_at_the_same_moment_announce_a_review_once()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, householdId, dibao, _) = await notification.AcceptedFileAsync(centre, itemCode: "dibao-review");
        await notification.PublishAsync(new ApplicationApproved { OccurredAt = notification.Clock.GetUtcNow().AddMonths(-12).AddDays(40), Tenant = centre, FileId = dibao, ItemCode = "dibao-review", ApproverStaffId = "o-1" }, "policy-law");
        await notification.EventuallyAsync(centre, async db => await db.PeriodicItems.CountAsync(p => p.HouseholdId == householdId) == 1);
        notification.Clock.Advance(TimeSpan.FromDays(20));

        // Three replicas at once, besides the worker's own round.
        var reminders = notification.Services.GetRequiredService<OneWindow.Notification.Application.Notices.Reminders>();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => reminders.RunOnceAsync(CancellationToken.None)));

        await notification.EventuallyAsync(centre, async db => await db.PeriodicItems.CountAsync(p => p.HouseholdId == householdId && p.RemindedAt != null) == 1);
        var sent = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.Kind == "review-due" && d.RecipientId == residentId.ToString()).ToListAsync());
        Assert.Single(sent, d => d.Channel == Channel.App);
        Assert.Single(sent, d => d.Channel == Channel.Sms);
    }

    [Fact]
    public async Task A_resident_who_opted_out_of_reminders_still_gets_what_the_law_requires()
    {
        // At night, so the text waits for the morning (NextAttemptAt after CreatedAt) instead of going at once.
        NextNight();
        var centre = NotificationFactory.NewCentre();
        var (residentId, _, fileId, _) = await notification.AcceptedFileAsync(centre);
        var resident = notification.ClientFor(residentId.ToString(), ["resident"], centre);
        await resident.PutAsJsonAsync($"/v1/residents/{residentId}/preferences", new { sms = false, optedOutKinds = new[] { "review-due" } }).OkAsync();
        var refused = await resident.PutAsJsonAsync($"/v1/residents/{residentId}/preferences", new { sms = true, optedOutKinds = new[] { "file-returned" } });
        var someoneElse = await resident.GetAsync($"/v1/residents/{Guid.NewGuid()}/preferences");

        await notification.PublishAsync(Returned(centre, fileId), "review");
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.NextAttemptAt > d.CreatedAt));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("legally-required", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, someoneElse.StatusCode);
        var sms = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        Assert.NotEqual(DeliveryStatus.Suppressed, sms.Status);
        var inbox = await resident.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/inbox");
        var item = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal(1, inbox.GetProperty("unread").GetInt32());
        await resident.PostAsJsonAsync($"/v1/inbox/{item.Str("deliveryId")}:read", new { }).OkAsync();
        Assert.Equal(0, (await resident.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/inbox")).GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task A_deadline_warning_reaches_the_reviewers_inbox_and_nobody_elses()
    {
        var centre = NotificationFactory.NewCentre();
        var fileId = Guid.NewGuid();

        await notification.PublishAsync(new ReviewDeadlineWarning { OccurredAt = notification.Clock.GetUtcNow(), Tenant = centre, FileId = fileId, ReviewerStaffId = "reviewer-7", Deadline = notification.Clock.GetUtcNow().AddDays(2) }, "review");
        await notification.PublishAsync(new PayslipIssued { OccurredAt = notification.Clock.GetUtcNow(), Tenant = centre, StaffId = "reviewer-7", Month = "2026-10" }, "hr-payroll");

        await notification.EventuallyAsync(centre, async db => await db.Deliveries.CountAsync(d => d.RecipientId == "reviewer-7") == 2);
        var mine = await notification.StaffOf(centre, "reviewer-7", "reviewer").GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/inbox");
        var theirs = await notification.StaffOf(centre, "reviewer-8", "reviewer").GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/inbox");
        var otherCentre = await notification.StaffOf(NotificationFactory.NewCentre(), "reviewer-7", "reviewer").GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/inbox");

        Assert.Equal(["deadline-warning", "payslip-ready"], mine.GetProperty("items").EnumerateArray().Select(i => i.Str("kind")).Order());
        Assert.Contains("初审", mine.GetProperty("items").EnumerateArray().First(i => i.Str("kind") == "deadline-warning").Str("body"), StringComparison.Ordinal);
        Assert.False(theirs.TryGetProperty("items", out var none) && none.GetArrayLength() > 0);
        Assert.False(otherCentre.TryGetProperty("items", out var other) && other.GetArrayLength() > 0);
    }

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>
    /// Moves the class's clock on to 22:00 China time (now, if it is 22:00). The tests of the class share the clock and
    /// it only goes forward: A_text_due_at_night... moves it to the morning, and a test after it that needs the night
    /// must not find the morning there.
    /// </summary>
    private DateTimeOffset NextNight()
    {
        var now = notification.Clock.GetUtcNow().ToOffset(China);
        var night = new DateTimeOffset(now.Date.AddHours(22), China);
        if (night < now)
        {
            night = night.AddDays(1);
        }

        notification.Clock.SetUtcNow(night);
        return night;
    }

    private static ApplicationReviewed Returned(string centre, Guid fileId) => new()
    {
        OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", ItemVersion = 1,
        Outcome = ReviewOutcome.Returned, ReviewerStaffId = "reviewer-1", AcceptingClerkStaffId = "clerk-1", ReturnRound = 1,
        MissingMaterialCodes = ["hukou-book"],
    };
}
