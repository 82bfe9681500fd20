using System.Net;
using System.Net.Http.Json;
using Npgsql;
using OneWindow.Persistence;

namespace OneWindow.Intake.Tests;

public sealed class SatisfactionTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    [Fact]
    public async Task A_complaint_about_a_served_ticket_names_its_clerk_and_is_announced_for_performance_pay()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var ticket = await ServedTicketAsync(centre, clerk);

        var response = await Resident(centre).PostAsJsonAsync("/v1/complaints", new { category = "COMPLAINT_CATEGORY_WAITING", text = "等了一个多小时才叫到号。", ticketId = ticket });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var complaint = await response.ReadAsync();
        Assert.Equal("COMPLAINT_STATUS_OPEN", complaint.Str("status"));
        Assert.Equal("COMPLAINT_SOURCE_ONLINE", complaint.Str("source"));
        Assert.Equal("clerk-1", complaint.Str("clerkStaffId"));
        Assert.Equal("A001", complaint.Str("ticketNumber"));
        var recorded = (await intake.PublishedAsync("complaint-recorded", complaint.Str("complaintId"))).Single();
        Assert.Equal("clerk-1", recorded.GetProperty("clerkStaffId").GetString());
        Assert.Equal("waiting", recorded.GetProperty("category").GetString());
        Assert.Equal(ticket, recorded.GetProperty("ticketId").GetString());
        Assert.DoesNotContain("一个多小时", recorded.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complaint_is_handled_once_with_a_reply_and_the_handling_is_audited()
    {
        var centre = IntakeFactory.NewCentre();
        var complaintId = await ComplaintAsync(centre, intake.ClerkOf(centre));
        var director = Director(centre);

        var handled = await director.PostAsJsonAsync($"/v1/complaints/{complaintId}:handle", new { reply = "已向您致歉，并增开一个综合窗口。" });
        var again = await director.PostAsJsonAsync($"/v1/complaints/{complaintId}:handle", new { reply = "再次回复" });

        Assert.Equal(HttpStatusCode.OK, handled.StatusCode);
        var body = await handled.ReadAsync();
        Assert.Equal("COMPLAINT_STATUS_HANDLED", body.Str("status"));
        Assert.Equal("director-1", body.Str("handledBy"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var stored = await (await director.GetAsync($"/v1/complaints/{complaintId}")).ReadAsync();
        Assert.Equal("已向您致歉，并增开一个综合窗口。", stored.Str("reply"));
        Assert.Equal(1L, await AuditCountAsync(centre, complaintId, "Done"));
    }

    [Fact]
    public async Task The_clerk_complained_about_cannot_handle_the_complaint_and_the_attempt_is_audited()
    {
        var centre = IntakeFactory.NewCentre();
        var complaintId = await ComplaintAsync(centre, intake.ClerkOf(centre));
        var clerkWhoIsAlsoHead = intake.ClientFor("clerk-1", ["clerk", "head"], centre);

        var response = await clerkWhoIsAlsoHead.PostAsJsonAsync($"/v1/complaints/{complaintId}:handle", new { reply = "我没有问题。" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("own-complaint", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1L, await AuditCountAsync(centre, complaintId, "Denied"));
        var stored = await (await Director(centre).GetAsync($"/v1/complaints/{complaintId}")).ReadAsync();
        Assert.Equal("COMPLAINT_STATUS_OPEN", stored.Str("status"));
    }

    [Fact]
    public async Task Bad_complaints_and_replies_are_refused_naming_the_field_and_nothing_is_recorded()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var complaintId = await ComplaintAsync(centre, clerk);
        var director = Director(centre);

        var noCategory = await clerk.PostAsJsonAsync("/v1/complaints", new { text = "态度不好" });
        var noText = await clerk.PostAsJsonAsync("/v1/complaints", new { category = "COMPLAINT_CATEGORY_ATTITUDE", text = " " });
        var tooLong = await clerk.PostAsJsonAsync("/v1/complaints", new { category = "COMPLAINT_CATEGORY_ATTITUDE", text = new string('长', 1001) });
        var unknownTicket = await clerk.PostAsJsonAsync("/v1/complaints", new { category = "COMPLAINT_CATEGORY_ATTITUDE", text = "态度不好", ticketId = Guid.NewGuid() });
        var noReply = await director.PostAsJsonAsync($"/v1/complaints/{complaintId}:handle", new { reply = "" });
        var notAnId = await director.PostAsJsonAsync("/v1/complaints/abc:handle", new { reply = "好的" });
        var byClerk = await clerk.PostAsJsonAsync($"/v1/complaints/{complaintId}:handle", new { reply = "好的" });

        Assert.Equal(HttpStatusCode.BadRequest, noCategory.StatusCode);
        Assert.Contains("\"category\"", await noCategory.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noText.StatusCode);
        Assert.Contains("\"text\"", await noText.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownTicket.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReply.StatusCode);
        Assert.Contains("\"reply\"", await noReply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notAnId.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        var list = await (await director.GetAsync("/v1/complaints")).ReadAsync();
        Assert.Equal(1, list.GetProperty("open").GetInt32());
        Assert.Equal(1, list.GetProperty("complaints").GetArrayLength());
    }

    [Fact]
    public async Task The_complaints_list_comes_a_page_at_a_time_newest_first_and_counts_all_of_them()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var written = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var complaint = await (await clerk.PostAsJsonAsync("/v1/complaints", new { category = "COMPLAINT_CATEGORY_FACILITIES", text = $"第{i + 1}条：大厅太冷。" })).ReadAsync();
            written.Add(complaint.Str("complaintId"));
        }

        var director = Director(centre);
        (await director.PostAsJsonAsync($"/v1/complaints/{written[0]}:handle", new { reply = "已调高温度。" })).EnsureSuccessStatusCode();

        var first = await (await director.GetAsync("/v1/complaints?status=COMPLAINT_STATUS_OPEN&pageSize=3")).ReadAsync();
        var second = await (await director.GetAsync($"/v1/complaints?status=COMPLAINT_STATUS_OPEN&pageSize=3&pageToken={first.Str("nextPageToken")}")).ReadAsync();
        var badToken = await director.GetAsync("/v1/complaints?pageToken=not-a-token");
        var tooMany = await director.GetAsync("/v1/complaints?pageSize=201");

        Assert.Equal((4, 1), (first.GetProperty("open").GetInt32(), first.GetProperty("handled").GetInt32()));
        var open = first.GetProperty("complaints").EnumerateArray().Concat(second.GetProperty("complaints").EnumerateArray()).Select(c => c.Str("complaintId"));
        Assert.Equal(written.Skip(1).Reverse(), open);
        Assert.Equal(string.Empty, second.Str("nextPageToken"));
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("\"pageToken\"", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("\"pageSize\"", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resident_reads_their_own_complaint_and_not_anyone_elses()
    {
        var centre = IntakeFactory.NewCentre();
        var mine = await (await Resident(centre).PostAsJsonAsync("/v1/complaints", new { category = "COMPLAINT_CATEGORY_FACILITIES", text = "大厅空调太冷。" })).ReadAsync();

        var own = await Resident(centre).GetAsync($"/v1/complaints/{mine.Str("complaintId")}");
        var someoneElse = await Resident(centre, "resident-2").GetAsync($"/v1/complaints/{mine.Str("complaintId")}");
        var list = await Resident(centre).GetAsync("/v1/complaints");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task Complaints_of_one_centre_are_invisible_to_another_and_the_district_admin_sees_every_centre()
    {
        var centre = IntakeFactory.NewCentre();
        var other = IntakeFactory.NewCentre();
        var here = await ComplaintAsync(centre, intake.ClerkOf(centre));
        var there = await ComplaintAsync(other, intake.ClerkOf(other));

        var strangerGet = await Director(other).GetAsync($"/v1/complaints/{here}");
        var strangerHandle = await Director(other).PostAsJsonAsync($"/v1/complaints/{here}:handle", new { reply = "不是我们中心的" });
        var strangerList = await (await Director(other).GetAsync("/v1/complaints")).ReadAsync();
        var district = await (await intake.ClientFor("district-1", ["district-admin"], null).GetAsync("/v1/complaints")).ReadAsync();

        Assert.Equal(HttpStatusCode.NotFound, strangerGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerHandle.StatusCode);
        Assert.Equal([there], strangerList.GetProperty("complaints").EnumerateArray().Select(c => c.Str("complaintId")));
        var centres = district.GetProperty("complaints").EnumerateArray().ToDictionary(c => c.Str("complaintId"), c => c.Str("centre"));
        Assert.Equal(centre, centres[here]);
        Assert.Equal(other, centres[there]);
    }

    [Fact]
    public async Task The_message_book_takes_messages_from_residents_and_devices_and_staff_of_the_centre_read_them()
    {
        var centre = IntakeFactory.NewCentre();
        var ticket = await ServedTicketAsync(centre, intake.ClerkOf(centre));

        var fromResident = await Resident(centre).PostAsJsonAsync("/v1/message-book", new { text = "窗口的小王办事很耐心，谢谢！", ticketId = ticket });
        var fromDevice = await intake.DeviceOf(centre).PostAsJsonAsync("/v1/message-book", new { text = "希望增加周末的政策咨询窗口。" });
        var empty = await Resident(centre).PostAsJsonAsync("/v1/message-book", new { text = "" });
        var deviceReads = await intake.DeviceOf(centre).GetAsync("/v1/message-book");
        var book = await (await Director(centre).GetAsync("/v1/message-book")).ReadAsync();
        var elsewhere = await (await Director(IntakeFactory.NewCentre()).GetAsync("/v1/message-book")).ReadAsync();
        var badPeriod = await Director(centre).GetAsync("/v1/message-book?from=2026-13-01");

        Assert.Equal(HttpStatusCode.OK, fromResident.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromDevice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deviceReads.StatusCode);
        Assert.Equal(2, book.GetProperty("messages").GetArrayLength());
        Assert.Contains(book.GetProperty("messages").EnumerateArray(), m => m.Str("ticketId") == ticket);
        Assert.False(elsewhere.TryGetProperty("messages", out var none) && none.GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Contains("\"from\"", await badPeriod.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_message_book_comes_a_page_at_a_time_newest_first_and_each_message_once()
    {
        var centre = IntakeFactory.NewCentre();
        var device = intake.DeviceOf(centre);
        var written = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            written.Add((await (await device.PostAsJsonAsync("/v1/message-book", new { text = $"第{i + 1}条留言：服务很好。" })).ReadAsync()).Str("messageId"));
        }

        var director = Director(centre);
        var first = await (await director.GetAsync("/v1/message-book?pageSize=2")).ReadAsync();
        var second = await (await director.GetAsync($"/v1/message-book?pageSize=2&pageToken={first.Str("nextPageToken")}")).ReadAsync();
        var third = await (await director.GetAsync($"/v1/message-book?pageSize=2&pageToken={second.Str("nextPageToken")}")).ReadAsync();
        var badToken = await director.GetAsync("/v1/message-book?pageToken=not-a-token");
        var tooMany = await director.GetAsync("/v1/message-book?pageSize=201");

        var read = new[] { first, second, third }.SelectMany(p => p.GetProperty("messages").EnumerateArray()).Select(m => m.Str("messageId"));
        Assert.Equal(Enumerable.Reverse(written), read);
        Assert.Equal(string.Empty, third.Str("nextPageToken"));
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("\"pageToken\"", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("\"pageSize\"", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_with_a_centre_column_is_under_row_level_security()
    {
        await using var connection = new NpgsqlConnection(intake.OwnerConnectionString);
        await connection.OpenAsync();

        var unprotected = await RowLevelSecurity.FindUnprotectedTenantTablesAsync(connection, CancellationToken.None);

        Assert.Empty(unprotected);
    }

    private HttpClient Resident(string centre, string subject = "resident-1") => intake.ClientFor(subject, ["resident"], centre);

    private HttpClient Director(string centre) => intake.ClientFor("director-1", ["director"], centre);

    private async Task<string> ServedTicketAsync(string centre, HttpClient clerk)
    {
        var ticket = await QueueTests.CallOneAsync(intake, centre, clerk);
        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:finish", new { })).EnsureSuccessStatusCode();
        return ticket;
    }

    private async Task<string> ComplaintAsync(string centre, HttpClient clerk)
    {
        var ticket = await ServedTicketAsync(centre, clerk);
        var response = await intake.DeviceOf(centre).PostAsJsonAsync("/v1/complaints", new { category = "COMPLAINT_CATEGORY_ATTITUDE", text = "窗口人员不耐烦。", ticketId = ticket });
        return (await response.ReadAsync()).Str("complaintId");
    }

    private async Task<long> AuditCountAsync(string centre, string complaintId, string outcome)
    {
        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'handle-complaint' AND subject_id = $1 AND outcome = $2", connection)
        {
            Parameters = { new NpgsqlParameter { Value = complaintId }, new NpgsqlParameter { Value = outcome } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
