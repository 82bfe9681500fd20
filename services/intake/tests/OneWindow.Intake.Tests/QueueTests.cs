using System.Net;
using System.Net.Http.Json;
using Npgsql;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Queue;
using StackExchange.Redis;

namespace OneWindow.Intake.Tests;

public sealed class QueueTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Comprehensive = "WINDOW_TYPE_COMPREHENSIVE";

    /// <summary>Opens window 01 for the clerk, issues one comprehensive ticket and calls it; returns the ticket id.</summary>
    public static async Task<string> CallOneAsync(IntakeFactory intake, string centre, HttpClient clerk, string window = "01")
    {
        (await clerk.PostAsJsonAsync($"/v1/windows/{window}:open", new { type = Comprehensive })).EnsureSuccessStatusCode();
        var ticket = await (await intake.DeviceOf(centre).PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).ReadAsync();
        var called = await (await clerk.PostAsJsonAsync($"/v1/windows/{window}:call-next", new { })).ReadAsync();
        Assert.Equal(ticket.Str("ticketId"), called.Str("ticketId"));
        return called.Str("ticketId");
    }

    [Fact]
    public async Task A_ticket_is_issued_called_served_and_announced_with_waited_and_served_seconds()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        (await clerk.PostAsJsonAsync("/v1/windows/03:open", new { type = Comprehensive })).EnsureSuccessStatusCode();

        var issued = await (await intake.DeviceOf(centre).PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).ReadAsync();
        var called = await (await clerk.PostAsJsonAsync("/v1/windows/03:call-next", new { })).ReadAsync();
        var finished = await (await clerk.PostAsJsonAsync($"/v1/tickets/{called.Str("ticketId")}:finish", new { })).ReadAsync();

        Assert.Equal("A001", issued.Str("number"));
        Assert.Equal("TICKET_STATUS_CALLED", called.Str("status"));
        Assert.Equal("03", called.Str("window"));
        Assert.Equal("TICKET_STATUS_SERVED", finished.Str("status"));
        var ticketId = issued.Str("ticketId");
        await intake.PublishedAsync("ticket-issued", ticketId);
        Assert.Equal("03", (await intake.PublishedAsync("ticket-called", ticketId)).Single().GetProperty("window").GetString());
        var served = (await intake.PublishedAsync("ticket-served", ticketId)).Single();
        Assert.Equal("clerk-1", served.GetProperty("clerkStaffId").GetString());
        Assert.True(served.TryGetProperty("servedSeconds", out _));
    }

    [Fact]
    public async Task The_hall_shows_each_window_with_the_ticket_called_there_the_last_it_served_and_the_latest_calls()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var first = await CallOneAsync(intake, centre, clerk, "04");
        (await clerk.PostAsJsonAsync($"/v1/tickets/{first}:finish", new { })).EnsureSuccessStatusCode();
        (await intake.DeviceOf(centre).PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).EnsureSuccessStatusCode();
        var second = (await (await clerk.PostAsJsonAsync("/v1/windows/04:call-next", new { })).ReadAsync()).Str("ticketId");

        var hall = await (await intake.DeviceOf(centre).GetAsync("/v1/hall")).ReadAsync();

        var window = hall.GetProperty("windows").EnumerateArray().Single();
        Assert.Equal("04", window.Str("number"));
        Assert.True(window.GetProperty("open").GetBoolean());
        Assert.Equal(second, window.GetProperty("current").Str("ticketId"));
        Assert.Equal(first, window.GetProperty("lastServed").Str("ticketId"));
        Assert.Equal([second, first], hall.GetProperty("recentCalls").EnumerateArray().Select(call => call.Str("ticketId")));
    }

    [Fact]
    public async Task The_hall_of_one_centre_shows_nothing_of_another()
    {
        var centre = IntakeFactory.NewCentre();
        await CallOneAsync(intake, centre, intake.ClerkOf(centre), "05");

        var elsewhere = await (await intake.DeviceOf(IntakeFactory.NewCentre()).GetAsync("/v1/hall")).ReadAsync();

        Assert.Empty(elsewhere.GetProperty("windows").EnumerateArray());
        Assert.Empty(elsewhere.GetProperty("recentCalls").EnumerateArray());
    }

    [Fact]
    public async Task Tickets_issued_concurrently_are_numbered_without_duplicates_or_gaps()
    {
        var centre = IntakeFactory.NewCentre();
        (await intake.ClerkOf(centre).PostAsJsonAsync("/v1/windows/02:open", new { type = Comprehensive })).EnsureSuccessStatusCode();
        (await intake.ClerkOf(centre, "clerk-2").PostAsJsonAsync("/v1/windows/01:open", new { type = "WINDOW_TYPE_POLICY_CONSULTATION" })).EnsureSuccessStatusCode();
        var kiosk = intake.DeviceOf(centre);

        var issued = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
            await (await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = i % 4 == 0 ? "WINDOW_TYPE_POLICY_CONSULTATION" : Comprehensive })).ReadAsync()));

        var numbers = issued.Select(t => t.Str("number")).ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"A{n:000}"), numbers.Where(n => n[0] == 'A').Order());
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"B{n:000}"), numbers.Where(n => n[0] == 'B').Order());
    }

    [Fact]
    public async Task Numbering_survives_a_lost_Redis_counter_by_reseeding_from_PostgreSQL()
    {
        var centre = IntakeFactory.NewCentre();
        (await intake.ClerkOf(centre).PostAsJsonAsync("/v1/windows/02:open", new { type = Comprehensive })).EnsureSuccessStatusCode();
        var kiosk = intake.DeviceOf(centre);
        for (var i = 0; i < 3; i++)
        {
            (await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).EnsureSuccessStatusCode();
        }

        await using (var redis = await ConnectionMultiplexer.ConnectAsync(intake.RedisConnectionString))
        {
            Assert.True(await redis.GetDatabase().KeyDeleteAsync(TicketNumbering.Key(centre, ChinaTime.Today(TimeProvider.System), WindowType.Comprehensive)));
        }

        var next = await (await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).ReadAsync();

        Assert.Equal("A004", next.Str("number"));
    }

    [Fact]
    public async Task The_elderly_and_disabled_are_called_first_then_everyone_in_order_of_arrival()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        (await clerk.PostAsJsonAsync("/v1/windows/02:open", new { type = Comprehensive })).EnsureSuccessStatusCode();
        var kiosk = intake.DeviceOf(centre);
        var order = new List<string>();
        foreach (var priority in new[] { false, false, true, false, true })
        {
            order.Add((await (await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive, priority })).ReadAsync()).Str("number"));
        }

        var called = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var ticket = await (await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { })).ReadAsync();
            called.Add(ticket.Str("number"));
            (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket.Str("ticketId")}:finish", new { })).EnsureSuccessStatusCode();
        }

        Assert.Equal(["A003", "A005", "A001", "A002", "A004"], called);
    }

    [Fact]
    public async Task A_waiting_ticket_tells_how_many_are_ahead_in_calling_order()
    {
        var centre = IntakeFactory.NewCentre();
        (await intake.ClerkOf(centre).PostAsJsonAsync("/v1/windows/02:open", new { type = Comprehensive })).EnsureSuccessStatusCode();
        var kiosk = intake.DeviceOf(centre);
        var issued = new List<System.Text.Json.JsonElement>();
        foreach (var priority in new[] { false, false, true, false })
        {
            issued.Add(await (await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive, priority })).ReadAsync());
        }

        var firstNow = await (await kiosk.GetAsync($"/v1/tickets/{issued[0].Str("ticketId")}")).ReadAsync();

        Assert.Equal([0, 1, 0, 3], issued.Select(t => t.TryGetProperty("ahead", out var ahead) ? ahead.GetInt32() : 0));
        Assert.Equal(1, firstNow.GetProperty("ahead").GetInt32());
    }

    [Fact]
    public async Task Two_windows_calling_at_once_never_get_the_same_ticket()
    {
        var centre = IntakeFactory.NewCentre();
        var clerks = Enumerable.Range(1, 4).Select(i => intake.ClerkOf(centre, $"clerk-{i}")).ToList();
        for (var i = 0; i < clerks.Count; i++)
        {
            (await clerks[i].PostAsJsonAsync($"/v1/windows/{i + 1:00}:open", new { type = Comprehensive })).EnsureSuccessStatusCode();
        }

        var kiosk = intake.DeviceOf(centre);
        for (var i = 0; i < 4; i++)
        {
            (await kiosk.PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).EnsureSuccessStatusCode();
        }

        var called = await Task.WhenAll(clerks.Select(async (clerk, i) => await (await clerk.PostAsJsonAsync($"/v1/windows/{i + 1:00}:call-next", new { })).ReadAsync()));

        Assert.Equal(4, called.Select(t => t.Str("ticketId")).Distinct().Count());
    }

    [Fact]
    public async Task Calling_next_on_an_empty_queue_is_refused()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        (await clerk.PostAsJsonAsync("/v1/windows/02:open", new { type = Comprehensive })).EnsureSuccessStatusCode();

        var response = await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("queue-empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calling_again_while_the_called_resident_has_not_come_answers_with_the_same_ticket_and_calls_nobody_else()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var first = await CallOneAsync(intake, centre, clerk, "02");
        var waiting = (await (await intake.DeviceOf(centre).PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).ReadAsync()).Str("ticketId");

        var again = await (await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { })).ReadAsync();

        Assert.Equal(first, again.Str("ticketId"));
        Assert.Equal("TICKET_STATUS_CALLED", again.Str("status"));
        var queue = await (await clerk.GetAsync("/v1/queue")).ReadAsync();
        Assert.Equal(1, queue.GetProperty("waiting").GetInt32());
        Assert.Single(await intake.PublishedAsync("ticket-called", first));
        (await clerk.PostAsJsonAsync($"/v1/tickets/{first}:no-show", new { })).EnsureSuccessStatusCode();
        Assert.Equal(waiting, (await (await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { })).ReadAsync()).Str("ticketId"));
    }

    [Fact]
    public async Task A_window_serving_a_resident_calls_nobody_else_until_the_ticket_is_finished()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var serving = await CallOneAsync(intake, centre, clerk, "02");
        (await clerk.PostAsJsonAsync($"/v1/tickets/{serving}:start", new { })).EnsureSuccessStatusCode();
        var waiting = (await (await intake.DeviceOf(centre).PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).ReadAsync()).Str("ticketId");

        var refused = await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("window-serving", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await (await clerk.GetAsync("/v1/queue")).ReadAsync()).GetProperty("waiting").GetInt32());
        (await clerk.PostAsJsonAsync($"/v1/tickets/{serving}:finish", new { })).EnsureSuccessStatusCode();
        Assert.Equal(waiting, (await (await clerk.PostAsJsonAsync("/v1/windows/02:call-next", new { })).ReadAsync()).Str("ticketId"));
    }

    [Fact]
    public async Task A_ticket_for_a_window_type_with_no_open_window_is_refused()
    {
        var response = await intake.DeviceOf(IntakeFactory.NewCentre()).PostAsJsonAsync("/v1/tickets", new { windowType = "WINDOW_TYPE_PAYMENT" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("window-type-closed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_outside_opening_hours_is_refused()
    {
        var centre = IntakeFactory.ClosedCentre;
        (await intake.ClerkOf(centre).PostAsJsonAsync("/v1/windows/02:open", new { type = Comprehensive })).EnsureSuccessStatusCode();

        var response = await intake.DeviceOf(centre).PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive });
        var state = await (await intake.ClerkOf(centre).GetAsync("/v1/queue")).ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("centre-closed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(state.TryGetProperty("openNow", out var open) && open.GetBoolean());
        Assert.Equal(0, state.TryGetProperty("waiting", out var waiting) ? waiting.GetInt32() : 0);
    }

    [Fact]
    public async Task Finishing_a_ticket_twice_is_refused()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var ticket = await CallOneAsync(intake, centre, clerk);
        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:finish", new { })).EnsureSuccessStatusCode();

        var again = await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:finish", new { });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_recalled_ticket_that_never_comes_is_marked_a_no_show()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var ticket = await CallOneAsync(intake, centre, clerk);

        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:recall", new { })).EnsureSuccessStatusCode();
        var noShow = await (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:no-show", new { })).ReadAsync();

        Assert.Equal("TICKET_STATUS_NO_SHOW", noShow.Str("status"));
        await intake.PublishedAsync("ticket-called", ticket, atLeast: 2);
    }

    [Fact]
    public async Task A_transferred_ticket_keeps_its_place_by_time_of_arrival()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var payment = intake.ClerkOf(centre, "cashier");
        (await payment.PostAsJsonAsync("/v1/windows/08:open", new { type = "WINDOW_TYPE_PAYMENT" })).EnsureSuccessStatusCode();
        var first = await CallOneAsync(intake, centre, clerk);
        await Task.Delay(20);
        var later = await (await intake.DeviceOf(centre).PostAsJsonAsync("/v1/tickets", new { windowType = "WINDOW_TYPE_PAYMENT" })).ReadAsync();

        var moved = await (await clerk.PostAsJsonAsync($"/v1/tickets/{first}:transfer", new { windowType = "WINDOW_TYPE_PAYMENT" })).ReadAsync();
        var next = await (await payment.PostAsJsonAsync("/v1/windows/08:call-next", new { })).ReadAsync();

        Assert.Equal("TICKET_STATUS_TRANSFERRED", moved.Str("status"));
        Assert.Equal(moved.Str("transferredTo"), next.Str("ticketId"));
        Assert.NotEqual(later.Str("ticketId"), next.Str("ticketId"));
    }

    [Fact]
    public async Task A_clerk_of_another_centre_cannot_touch_the_queue()
    {
        var centre = IntakeFactory.NewCentre();
        var ticket = await CallOneAsync(intake, centre, intake.ClerkOf(centre));
        var stranger = intake.ClerkOf(IntakeFactory.NewCentre());

        var finish = await stranger.PostAsJsonAsync($"/v1/tickets/{ticket}:finish", new { });
        var named = await stranger.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/v1/queue") { Headers = { { "X-OneWindow-Centre", centre } } });

        Assert.Equal(HttpStatusCode.NotFound, finish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, named.StatusCode);
    }

    [Fact]
    public async Task A_device_may_issue_tickets_but_not_call_them()
    {
        var centre = IntakeFactory.NewCentre();
        (await intake.ClerkOf(centre).PostAsJsonAsync("/v1/windows/02:open", new { type = Comprehensive })).EnsureSuccessStatusCode();

        var response = await intake.DeviceOf(centre).PostAsJsonAsync("/v1/windows/02:call-next", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_live_queue_state_counts_waiting_and_served_and_tells_when_above_target()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var ticket = await CallOneAsync(intake, centre, clerk);
        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:finish", new { })).EnsureSuccessStatusCode();
        for (var i = 0; i < 4; i++)
        {
            (await intake.DeviceOf(centre).PostAsJsonAsync("/v1/tickets", new { windowType = Comprehensive })).EnsureSuccessStatusCode();
        }

        var state = await (await intake.ClientFor("dir", ["director"], centre).GetAsync("/v1/queue")).ReadAsync();

        Assert.Equal(4, state.GetProperty("waiting").GetInt32());
        Assert.Equal(1, state.GetProperty("servedToday").GetInt32());
        Assert.Equal(1, state.GetProperty("openWindows").GetInt32());
        Assert.True(state.GetProperty("aboveTarget").GetBoolean());
    }

    [Fact]
    public async Task A_served_ticket_is_rated_once_from_the_window_device()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var ticket = await CallOneAsync(intake, centre, clerk);
        var device = intake.PadOf(centre, "01");

        var early = await device.PostAsJsonAsync($"/v1/tickets/{ticket}:rate", new { score = 5 });
        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:finish", new { })).EnsureSuccessStatusCode();
        var byClerk = await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:rate", new { score = 5 });
        var outOfRange = await device.PostAsJsonAsync($"/v1/tickets/{ticket}:rate", new { score = 6 });
        var rated = await device.PostAsJsonAsync($"/v1/tickets/{ticket}:rate", new { score = 4, comment = "办事很快" });
        var twice = await device.PostAsJsonAsync($"/v1/tickets/{ticket}:rate", new { score = 1 });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var recorded = (await intake.PublishedAsync("rating-recorded", ticket)).Single();
        Assert.Equal(4, recorded.GetProperty("score").GetInt32());
        Assert.Equal("clerk-1", recorded.GetProperty("clerkStaffId").GetString());
    }

    [Fact]
    public async Task Another_device_of_the_centre_cannot_rate_a_ticket_only_the_pad_at_its_window_can_and_the_attempt_is_audited()
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);
        var ticket = await CallOneAsync(intake, centre, clerk, "03");
        (await clerk.PostAsJsonAsync($"/v1/tickets/{ticket}:finish", new { })).EnsureSuccessStatusCode();

        var byKiosk = await intake.DeviceOf(centre).PostAsJsonAsync($"/v1/tickets/{ticket}:rate", new { score = 1 });
        var byOtherPad = await intake.PadOf(centre, "04").PostAsJsonAsync($"/v1/tickets/{ticket}:rate", new { score = 1 });
        var byOwnPad = await intake.PadOf(centre, "3").PostAsJsonAsync($"/v1/tickets/{ticket}:rate", new { score = 5 });

        Assert.Equal(HttpStatusCode.Forbidden, byKiosk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherPad.StatusCode);
        var refusal = await byOtherPad.Content.ReadAsStringAsync();
        Assert.Contains("not-this-windows-pad", refusal, StringComparison.Ordinal);
        Assert.Contains("ticketId", refusal, StringComparison.Ordinal);
        Assert.Equal(5, (await byOwnPad.ReadAsync()).GetProperty("rating").GetInt32());
        Assert.Equal(5, (await intake.PublishedAsync("rating-recorded", ticket)).Single().GetProperty("score").GetInt32());
        await using var connection = await intake.OpenAppConnectionAsync(centre);
        await using var audit = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'rate-ticket' AND subject_id = $1 AND outcome = 'Denied' AND reason = 'not-this-windows-pad'", connection)
        {
            Parameters = { new NpgsqlParameter { Value = ticket } },
        };
        Assert.Equal(2L, (long)(await audit.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("03\n")]
    [InlineData("０３")]
    [InlineData("٠٣")]
    public async Task A_window_number_with_a_trailing_newline_or_non_ASCII_digits_is_refused_naming_the_field_and_no_window_opens(string number)
    {
        var centre = IntakeFactory.NewCentre();
        var clerk = intake.ClerkOf(centre);

        var response = await clerk.PostAsJsonAsync($"/v1/windows/{Uri.EscapeDataString(number)}:open", new { type = Comprehensive });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"number\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var hall = await (await intake.DeviceOf(centre).GetAsync("/v1/hall")).ReadAsync();
        Assert.False(hall.TryGetProperty("windows", out var windows) && windows.GetArrayLength() > 0);
    }
}
