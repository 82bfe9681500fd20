using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;

namespace OneWindow.Notification.Tests;

public sealed class DeliveryTests(NotificationFactory notification) : IClassFixture<NotificationFactory>
{
    [Fact]
    public async Task Returning_a_file_texts_the_resident_what_to_bring_once_however_often_the_event_arrives()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, _, fileId, phone) = await notification.AcceptedFileAsync(centre);
        var returned = Returned(centre, fileId);

        await notification.PublishAsync(returned, "review");
        await notification.PublishAsync(returned, "review");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        var sms = Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone);
        Assert.Contains("户口簿、家庭成员收入证明", sms.Text, StringComparison.Ordinal);
        Assert.Contains("最低生活保障年审", sms.Text, StringComparison.Ordinal);
        Assert.Contains("第1次", sms.Text, StringComparison.Ordinal);
        var deliveries = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.FileId == fileId).ToListAsync());
        Assert.Equal([Channel.Sms, Channel.App], deliveries.Select(d => d.Channel).Order());
        Assert.All(deliveries, d => Assert.Equal(residentId.ToString(), d.RecipientId));
        Assert.All(deliveries, d => Assert.True(d.LegallyRequired));
    }

    [Fact]
    public async Task Intake_is_asked_for_the_number_with_the_services_own_identity_in_the_events_centre()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, _) = await notification.AcceptedFileAsync(centre);

        await notification.PublishAsync(Returned(centre, fileId), "review");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Status == DeliveryStatus.Sent));
        var call = notification.Intake.Calls.Last(c => c.Tenant == centre);
        Assert.Equal(["notification-service"], call.Roles);
        Assert.StartsWith("sms file-returned", call.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_number_is_stored_encrypted_and_shown_masked()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, phone) = await notification.AcceptedFileAsync(centre);
        await notification.PublishAsync(Returned(centre, fileId), "review");
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Status == DeliveryStatus.Sent));

        await using var connection = await notification.OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand("SELECT address_protected FROM deliveries WHERE channel = 'Sms' AND file_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = fileId } },
        };
        var stored = (string)(await command.ExecuteScalarAsync())!;
        var listed = await notification.StaffOf(centre, "clerk-1", "clerk").GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/deliveries?fileId={fileId}&channel=CHANNEL_SMS");

        Assert.DoesNotContain(phone, stored, StringComparison.Ordinal);
        Assert.Equal($"{phone[..3]}****{phone[^4..]}", listed.GetProperty("deliveries")[0].Str("address"));
    }

    [Fact]
    public async Task A_provider_answering_5xx_is_retried_until_it_takes_the_message()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, phone) = await notification.AcceptedFileAsync(centre);
        notification.Sms.FailNext("+86" + phone, 2, "InternalError");

        await notification.PublishAsync(Returned(centre, fileId), "review");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        var delivery = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        Assert.Equal(3, delivery.Attempts);
        Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone);
    }

    [Fact]
    public async Task A_provider_that_keeps_failing_leaves_a_failed_delivery_a_clerk_can_resend()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, phone) = await notification.AcceptedFileAsync(centre);
        notification.Sms.TimeOutNext("+86" + phone, 1);
        notification.Sms.FailNext("+86" + phone, 2, "LimitExceeded.PhoneNumberDailyLimit");

        await notification.PublishAsync(Returned(centre, fileId), "review");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Failed), seconds: 30);
        var clerk = notification.StaffOf(centre, "clerk-1", "clerk");
        var failed = (await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/deliveries?status=DELIVERY_STATUS_FAILED")).GetProperty("deliveries")[0];
        Assert.Equal(3, failed.GetProperty("attempts").GetInt32());
        Assert.Contains("gave up after 3 attempts", failed.Str("lastError"), StringComparison.Ordinal);

        var resent = await clerk.PostAsJsonAsync($"/v1/deliveries/{failed.Str("deliveryId")}:resend", new { }).OkAsync();
        var again = await clerk.PostAsJsonAsync($"/v1/deliveries/{failed.Str("deliveryId")}:resend", new { });

        Assert.Equal((1, failed.Str("deliveryId")), (resent.GetProperty("sequence").GetInt32(), resent.Str("resentFrom")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var resentId = Guid.Parse(resent.Str("deliveryId"));
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.Id == resentId && d.Status == DeliveryStatus.Sent));
        Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone);
    }

    [Fact]
    public async Task A_message_the_provider_refuses_is_not_retried_and_a_required_notice_goes_by_letter()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, phone) = await notification.AcceptedFileAsync(centre);
        notification.Sms.FailNext("+86" + phone, 1, "FailedOperation.PhoneNumberInBlacklist", $"+86{phone} is on the blacklist");

        await notification.PublishAsync(Returned(centre, fileId), "review");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Letter));
        var sms = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        Assert.Equal((DeliveryStatus.Failed, 1), (sms.Status, sms.Attempts));
        Assert.Contains("Tencent FailedOperation.PhoneNumberInBlacklist", sms.LastError, StringComparison.Ordinal);
        // Tencent's own words quote the number; what is kept (and logged) has it masked.
        Assert.DoesNotContain(phone, sms.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("021-65431234", "not a mobile number")]
    [InlineData("", "no mobile number")]
    public async Task A_number_that_is_not_a_mobile_fails_at_once_without_asking_the_provider(string phone, string reason)
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, _) = await notification.AcceptedFileAsync(centre, phone: phone);
        var calls = notification.Sms.Calls;

        await notification.PublishAsync(Returned(centre, fileId), "review");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Failed));
        var sms = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        Assert.Contains(reason, sms.LastError, StringComparison.Ordinal);
        Assert.Equal(calls, notification.Sms.Calls);
    }

    [Fact]
    public async Task A_resident_intake_does_not_know_is_a_recorded_failure_not_a_lost_notice()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, _, fileId, _) = await notification.AcceptedFileAsync(centre);
        notification.Intake.Residents.TryRemove((centre, residentId), out _);

        await notification.PublishAsync(Returned(centre, fileId), "review");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Failed));
        var sms = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        Assert.Contains("no such resident", sms.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sixth_text_within_the_hour_waits_for_the_next_window()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, householdId, _, phone) = await notification.AcceptedFileAsync(centre);
        var files = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var fileId = Guid.NewGuid();
            files.Add(fileId);
            await notification.PublishAsync(new ApplicationAccepted
            {
                OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao", ItemVersion = 1, Kind = ItemKind.Routed,
                ResidentId = residentId, HouseholdId = householdId, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = DeliveryMethod.Post,
            }, "intake");
            await notification.EventuallyAsync(centre, db => db.Files.AnyAsync(f => f.FileId == fileId));
            await notification.PublishAsync(Returned(centre, fileId), "review");
        }

        await notification.EventuallyAsync(centre, async db => await db.Deliveries.CountAsync(d => files.Contains(d.FileId!.Value) && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent) == 5);
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => files.Contains(d.FileId!.Value) && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Queued && d.LastError!.StartsWith("rate limit")));
        Assert.Equal(5, notification.Sms.Accepted.Count(m => m.To == "+86" + phone));
    }

    [Fact]
    public async Task Attempts_the_provider_did_not_take_do_not_use_up_the_residents_hourly_allowance()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, householdId, first, phone) = await notification.AcceptedFileAsync(centre);
        notification.Sms.FailNext("+86" + phone, 2, "InternalError");
        await notification.PublishAsync(Returned(centre, first), "review");
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == first && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        List<Guid> files = [first];
        for (var i = 0; i < 4; i++)
        {
            var fileId = Guid.NewGuid();
            files.Add(fileId);
            await notification.PublishAsync(new ApplicationAccepted
            {
                OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao", ItemVersion = 1, Kind = ItemKind.Routed,
                ResidentId = residentId, HouseholdId = householdId, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = DeliveryMethod.Post,
            }, "intake");
            await notification.EventuallyAsync(centre, db => db.Files.AnyAsync(f => f.FileId == fileId));
            await notification.PublishAsync(Returned(centre, fileId), "review");
        }

        // Three attempts and four more texts: five taken by the provider, the limit, and none held for the next window.
        await notification.EventuallyAsync(centre, async db => await db.Deliveries.CountAsync(d => files.Contains(d.FileId!.Value) && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent) == 5);
        Assert.Equal(5, notification.Sms.Accepted.Count(m => m.To == "+86" + phone));
        Assert.Equal(3, await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.FileId == first && d.Channel == Channel.Sms).Select(d => d.Attempts).SingleAsync()));
    }

    [Fact]
    public async Task A_status_report_with_the_callback_token_marks_a_text_delivered_once_and_one_without_it_is_refused()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, phone) = await notification.AcceptedFileAsync(centre);
        await notification.PublishAsync(Returned(centre, fileId), "review");
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        var sent = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        var (id, sid) = (sent.Id, sent.ProviderMessageId!);
        Assert.Equal(Assert.Single(notification.Sms.Accepted, m => m.To == "+86" + phone).SerialNo, sid);
        var anonymous = notification.CreateClient();

        var forged = await FakeTencentSms.ReportAsync(anonymous, [(sid, "FAIL")], token: "not-the-token");
        var tokenless = await anonymous.PostAsJsonAsync("/v1/sms/receipts", new[] { new { sid, report_status = "FAIL" } });
        var malformed = await anonymous.PostAsJsonAsync($"/v1/sms/receipts?token={FakeTencentSms.CallbackToken}", new { sid, report_status = "SUCCESS" });
        var unchanged = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.Id == id).Select(d => d.Status).SingleAsync());
        var report = await FakeTencentSms.ReportAsync(anonymous, [(sid, "SUCCESS"), ("2433:not-ours", "SUCCESS")]);
        var repeated = await FakeTencentSms.ReportAsync(anonymous, [(sid, "FAIL")]);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest), (forged.StatusCode, tokenless.StatusCode, malformed.StatusCode));
        Assert.Equal(DeliveryStatus.Sent, unchanged);
        foreach (var answer in new[] { report, repeated })
        {
            var body = await answer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.Equal((0, "OK"), (body.GetProperty("result").GetInt32(), body.Str("errmsg")));
        }

        Assert.Equal(DeliveryStatus.Delivered, await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_failure_report_fails_the_text_with_tencents_reason_the_number_masked()
    {
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, _) = await notification.AcceptedFileAsync(centre);
        await notification.PublishAsync(Returned(centre, fileId), "review");
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent));
        var sid = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.FileId == fileId && d.Channel == Channel.Sms).Select(d => d.ProviderMessageId!).SingleAsync());

        var report = await FakeTencentSms.ReportAsync(notification.CreateClient(), [(sid, "FAIL")]);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var failed = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Sms));
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Contains("Tencent MK:0001", failed.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_that_overtakes_its_acceptance_is_handled_once_the_acceptance_arrives()
    {
        var centre = NotificationFactory.NewCentre();
        var (residentId, householdId, fileId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        notification.Intake.AddResident(centre, residentId, householdId, NotificationFactory.NewPhone());

        await notification.PublishAsync(new ApplicationRejected { OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao", ApproverStaffId = "officer-1", Reason = "人均收入高于低保标准" }, "policy-law");
        await Task.Delay(300);
        await notification.PublishAsync(new ApplicationAccepted
        {
            OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao", ItemVersion = 1, Kind = ItemKind.Routed,
            ResidentId = residentId, HouseholdId = householdId, AcceptingClerkStaffId = "clerk-1", DeliveryMethod = DeliveryMethod.Post,
        }, "intake");

        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Kind == "file-rejected" && d.Channel == Channel.Sms && d.Status == DeliveryStatus.Sent), seconds: 30);
    }

    [Fact]
    public async Task A_centre_sees_only_its_own_deliveries_and_cannot_name_another()
    {
        var (mine, theirs) = (NotificationFactory.NewCentre(), NotificationFactory.NewCentre());
        var (_, _, fileId, _) = await notification.AcceptedFileAsync(theirs);
        await notification.PublishAsync(Returned(theirs, fileId), "review");
        await notification.EventuallyAsync(theirs, db => db.Deliveries.AnyAsync(d => d.FileId == fileId));
        var id = await notification.QueryAsync(theirs, db => db.Deliveries.Where(d => d.FileId == fileId).Select(d => d.Id).FirstAsync());
        var clerk = notification.StaffOf(mine, "clerk-1", "clerk");

        var list = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/deliveries?fileId={fileId}");
        var single = await clerk.GetAsync($"/v1/deliveries/{id}");
        var resend = await clerk.PostAsJsonAsync($"/v1/deliveries/{id}:resend", new { });
        var named = await notification.ClientFor("clerk-1", ["clerk"], mine, namedCentre: theirs).GetAsync("/v1/deliveries");

        Assert.Equal(0, list.TryGetProperty("deliveries", out var items) ? items.GetArrayLength() : 0);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (single.StatusCode, resend.StatusCode, named.StatusCode));
        await using var connection = await notification.OpenAppConnectionAsync(mine);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM deliveries", connection);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("resident", HttpStatusCode.Forbidden)]
    [InlineData("grid-manager", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Deliveries_are_for_staff_who_answer_for_them(string? role, HttpStatusCode status)
    {
        var client = role is null ? notification.CreateClient() : notification.StaffOf(NotificationFactory.NewCentre(), "someone", role);

        Assert.Equal(status, (await client.GetAsync("/v1/deliveries")).StatusCode);
    }

    [Theory]
    [InlineData("/v1/deliveries/not-a-uuid", "deliveryId")]
    [InlineData("/v1/deliveries?fileId=nope", "fileId")]
    public async Task A_malformed_id_is_refused_naming_the_field(string url, string field)
    {
        var response = await notification.StaffOf(NotificationFactory.NewCentre(), "clerk-1", "clerk").GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static ApplicationReviewed Returned(string centre, Guid fileId) => new()
    {
        OccurredAt = DateTimeOffset.UtcNow,
        Tenant = centre,
        FileId = fileId,
        ItemCode = "dibao-review",
        ItemVersion = 1,
        Outcome = ReviewOutcome.Returned,
        ReviewerStaffId = "reviewer-1",
        AcceptingClerkStaffId = "clerk-1",
        ReturnRound = 1,
        MissingMaterialCodes = ["hukou-book", "income-proof"],
        Reason = "收入证明已过期",
    };
}
