using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;

namespace OneWindow.Notification.Tests;

/// <summary>
/// The facts review, social work and policy-law published to nobody until issue 20, told to the people who act on them:
/// the reviewer given a file, the first-review head when a file has nobody or an outside department is late, the social
/// workers when the scan finds a household, the resident when their joint file goes to an outside department and comes
/// back, and when the bank paid their benefit. Each event is published twice,
/// as a redelivery would, and tells once.
/// </summary>
public sealed class HeardEventTests(NotificationFactory notification) : IClassFixture<NotificationFactory>
{
    [Fact]
    public async Task A_file_nobody_can_take_tells_the_head_review_named_once_however_often_the_event_arrives()
    {
        var centre = NotificationFactory.NewCentre();
        var fileId = Guid.NewGuid();
        var unassigned = new ApplicationUnassigned { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao", HeadStaffId = "head-9", PreviousReviewerStaffId = "reviewer-3" };

        await notification.PublishAsync(unassigned, "review");
        await notification.PublishAsync(unassigned, "review");
        await notification.HandledAsync("application-unassigned");

        var item = Assert.Single(Items(await InboxAsync(centre, "head-9", "head", "reviewer")));
        Assert.Equal("file-unassigned", item.Str("kind"));
        Assert.Contains("最低生活保障", item.Str("body"), StringComparison.Ordinal);
        Assert.Contains("reviewer-3", item.Str("body"), StringComparison.Ordinal);
        Assert.Empty(Items(await InboxAsync(centre, "reviewer-3", "reviewer")));
    }

    [Fact]
    public async Task An_outside_department_late_to_reply_reaches_the_first_review_head_of_the_roster_when_review_named_none()
    {
        var centre = NotificationFactory.NewCentre();
        await notification.PublishAsync(new StaffHired { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, StaffId = "front-head", Department = Department.FrontWindows, Roles = ["head", "clerk"] }, "hr-payroll");
        await notification.PublishAsync(new StaffHired { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, StaffId = "review-head", Department = Department.FirstReview, Roles = ["head", "reviewer"] }, "hr-payroll");
        await notification.EventuallyAsync(centre, async db => await db.Staff.CountAsync() == 2);
        var overdue = new JointReplyOverdue { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = Guid.NewGuid(), OutsideDepartment = "区残联", ReplyDue = new DateOnly(2026, 11, 20), HeadStaffId = null };

        await notification.PublishAsync(overdue, "review");
        await notification.PublishAsync(overdue, "review");
        await notification.HandledAsync("joint-reply-overdue");

        var item = Assert.Single(Items(await InboxAsync(centre, "review-head", "head", "reviewer")));
        Assert.Equal("joint-reply-overdue", item.Str("kind"));
        Assert.Contains("区残联", item.Str("body"), StringComparison.Ordinal);
        Assert.Contains("2026年11月20日", item.Str("body"), StringComparison.Ordinal);
        Assert.Empty(Items(await InboxAsync(centre, "front-head", "head", "clerk")));
    }

    [Fact]
    public async Task A_reviewer_given_a_file_or_handed_a_colleagues_finds_it_in_their_inbox_once()
    {
        var centre = NotificationFactory.NewCentre();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var assigned = new ApplicationAssigned { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = first, ReviewerStaffId = "reviewer-5", Reason = AssignmentReason.A };
        var reassigned = new ApplicationReassigned
        {
            OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = second, ReviewerStaffId = "reviewer-5", PreviousReviewerStaffId = "reviewer-6", Reason = AssignmentReason.Leave,
        };

        await notification.PublishAsync(assigned, "review");
        await notification.PublishAsync(reassigned, "review");
        await notification.PublishAsync(assigned, "review");
        await notification.PublishAsync(reassigned, "review");
        await notification.HandledAsync("application-assigned");
        await notification.HandledAsync("application-reassigned");

        var items = Items(await InboxAsync(centre, "reviewer-5", "reviewer"));
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal("file-assigned", item.Str("kind")));
        Assert.Contains(items, item => item.Str("body").Contains(first.ToString(), StringComparison.Ordinal) && item.Str("body").Contains("A角承办", StringComparison.Ordinal));
        Assert.Contains(items, item => item.Str("body").Contains(second.ToString(), StringComparison.Ordinal) && item.Str("body").Contains("原承办人reviewer-6", StringComparison.Ordinal));
        Assert.Empty(Items(await InboxAsync(centre, "reviewer-6", "reviewer")));
    }

    [Fact]
    public async Task A_silent_family_the_scan_found_reaches_every_social_worker_of_the_centre_with_its_reasons_and_no_one_else()
    {
        var centre = NotificationFactory.NewCentre();
        var found = new SilentFamilyFound { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FindingId = Guid.NewGuid(), HouseholdId = Guid.NewGuid(), Reasons = ["elderly-alone", "income-drop"] };

        await notification.PublishAsync(found, "social-work");
        await notification.PublishAsync(found, "social-work");
        await notification.HandledAsync("silent-family-found");

        foreach (var worker in new[] { "sw-1", "sw-2" })
        {
            var item = Assert.Single(Items(await InboxAsync(centre, worker, "social-worker")));
            Assert.Equal("silent-family-found", item.Str("kind"));
            Assert.Contains("高龄独居老人长期无联系、家庭收入大幅下降", item.Str("body"), StringComparison.Ordinal);
        }

        Assert.Empty(Items(await InboxAsync(centre, "clerk-1", "clerk")));
        Assert.Empty(Items(await InboxAsync(NotificationFactory.NewCentre(), "sw-1", "social-worker")));
    }

    [Fact]
    public async Task A_benefit_the_bank_paid_is_texted_to_the_resident_who_applied_for_it_once()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, householdId, _, phone) = await notification.AcceptedFileAsync(centre, itemCode: "dibao");
        var paid = new DisbursementPaid { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, HouseholdId = householdId, ItemCode = "dibao", Period = "2026-11", Amount = 1420m };

        await notification.PublishAsync(paid, "policy-law");
        await notification.PublishAsync(paid, "policy-law");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.SourceId == paid.Id && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        await notification.HandledAsync("disbursement-paid");
        var sms = Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone);
        Assert.Contains("2026年11月的最低生活保障1,420.00元已发放到账", sms.Text, StringComparison.Ordinal);
        var deliveries = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.SourceId == paid.Id).ToListAsync());
        Assert.All(deliveries, d => Assert.Equal(residentId.ToString(), d.RecipientId));
        Assert.Equal(deliveries.Count, deliveries.Select(d => d.Channel).Distinct().Count());
    }

    [Fact]
    public async Task A_benefit_the_bank_returned_is_texted_to_the_resident_once_with_the_banks_reason_and_that_it_will_be_paid_again()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, householdId, _, phone) = await notification.AcceptedFileAsync(centre, itemCode: "dibao");
        var failed = new DisbursementFailed { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, HouseholdId = householdId, ItemCode = "dibao", Period = "2026-11", Amount = 1420m, Reason = "账户已销户" };

        await notification.PublishAsync(failed, "policy-law");
        await notification.PublishAsync(failed, "policy-law");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.SourceId == failed.Id && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        await notification.HandledAsync("disbursement-failed");
        var sms = Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone);
        Assert.Contains("2026年11月的最低生活保障1,420.00元未能发放到账（账户已销户），将于下月随批次重新发放", sms.Text, StringComparison.Ordinal);
        var deliveries = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.SourceId == failed.Id).ToListAsync());
        Assert.All(deliveries, d => Assert.Equal(residentId.ToString(), d.RecipientId));
    }

    [Fact]
    public async Task A_fee_paid_at_the_window_is_receipted_to_the_resident_once_with_its_receipt_number_and_a_waived_one_not_at_all()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, _, fileId, phone) = await notification.AcceptedFileAsync(centre, itemCode: "dibao");
        var paid = new FeePaid { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, Amount = 20m, Method = PaymentMethod.MobilePay, ReceiptNumber = "SH2026-000123" };
        var waived = new FeePaid { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, Amount = 20m, Method = PaymentMethod.Waived, ReceiptNumber = "SH2026-000124" };

        await notification.PublishAsync(waived, "intake");
        await notification.PublishAsync(paid, "intake");
        await notification.PublishAsync(paid, "intake");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.SourceId == paid.Id && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        await notification.HandledAsync("fee-paid");
        var sms = Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone);
        Assert.Contains("缴纳的20.00元已收讫，票据号SH2026-000123", sms.Text, StringComparison.Ordinal);
        var deliveries = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.SourceId == paid.Id || d.SourceId == waived.Id).ToListAsync());
        Assert.All(deliveries, d => Assert.Equal((residentId.ToString(), paid.Id, fileId), (d.RecipientId, d.SourceId, d.FileId)));
        Assert.Equal(deliveries.Count, deliveries.Select(d => d.Channel).Distinct().Count());
    }

    [Fact]
    public async Task A_joint_files_resident_is_told_once_it_went_to_an_outside_department_and_by_when_and_once_it_replied()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, _, fileId, phone) = await notification.AcceptedFileAsync(centre, itemCode: "dibao");
        var sent = new JointRequestSent { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, OutsideDepartment = "区残联", ReplyDue = new DateOnly(2026, 12, 18) };
        var replied = new JointReplyReceived { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, OutsideDepartment = "区残联" };

        await notification.PublishAsync(sent, "review");
        await notification.PublishAsync(sent, "review");
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.SourceId == sent.Id && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        await notification.PublishAsync(replied, "review");
        await notification.PublishAsync(replied, "review");
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.SourceId == replied.Id && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        await notification.HandledAsync("joint-request-sent");
        await notification.HandledAsync("joint-reply-received");

        var texts = notification.Sms.Accepted.Where(m => m.To == "+86" + phone).Select(m => m.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains(texts, text => text.Contains("需区残联会同审查", StringComparison.Ordinal) && text.Contains("2026年12月18日", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("区残联已回复", StringComparison.Ordinal));
        var deliveries = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.FileId == fileId).ToListAsync());
        Assert.All(deliveries, d => Assert.Equal(residentId.ToString(), d.RecipientId));
        Assert.Equal(deliveries.Count, deliveries.Select(d => (d.Kind, d.Channel)).Distinct().Count());
    }

    private Task<JsonElement> InboxAsync(string centre, string staffId, params string[] roles) =>
        notification.StaffOf(centre, staffId, roles).GetFromJsonAsync<JsonElement>("/v1/inbox");

    private static List<JsonElement> Items(JsonElement inbox) =>
        inbox.TryGetProperty("items", out var items) ? [.. items.EnumerateArray()] : [];
}
