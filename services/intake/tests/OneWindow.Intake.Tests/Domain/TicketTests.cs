using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Tests.Domain;

/// <summary>A ticket's life at the window, without a database: the rules a clerk and a resident meet.</summary>
public sealed class TicketTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly TimeSpan RatingWindow = TimeSpan.FromMinutes(30);

    private static Ticket Waiting(WindowType type = WindowType.Comprehensive, int sequence = 17) =>
        Ticket.Issue(Guid.NewGuid(), new DateOnly(2026, 12, 1), type, sequence, priority: false, Nine);

    [Theory]
    [InlineData(WindowType.Comprehensive, 17, "A017")]
    [InlineData(WindowType.PolicyConsultation, 1, "B001")]
    [InlineData(WindowType.Payment, 999, "C999")]
    public void A_ticket_is_numbered_by_its_window_types_letter_and_its_place_in_the_days_queue(WindowType type, int sequence, string number) =>
        Assert.Equal(number, Waiting(type, sequence).Number);

    [Fact]
    public void The_thousandth_ticket_of_a_window_type_in_a_day_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Waiting(sequence: 1000));

        Assert.Equal(("queue-full", DomainErrorKind.Conflict), (refusal.Code, refusal.Kind));
    }

    [Fact]
    public void A_ticket_called_served_and_finished_counts_its_wait_from_issue_and_its_service_from_the_start()
    {
        var ticket = Waiting();

        ticket.Call("3", "clerk-1", Nine.AddMinutes(12));
        ticket.StartService("clerk-1", null, Nine.AddMinutes(13));
        ticket.Finish("clerk-1", Nine.AddMinutes(20));

        Assert.Equal(TicketStatus.Served, ticket.Status);
        Assert.Equal((12 * 60, 7 * 60), (ticket.WaitedSeconds, ticket.ServedSeconds));
    }

    [Fact]
    public void A_ticket_finished_straight_after_its_call_was_served_from_the_moment_it_was_finished()
    {
        var ticket = Waiting();
        ticket.Call("3", "clerk-1", Nine.AddMinutes(5));

        ticket.Finish("clerk-1", Nine.AddMinutes(9));

        Assert.Equal(TicketStatus.Served, ticket.Status);
        Assert.Equal(0, ticket.ServedSeconds);
    }

    [Fact]
    public void Another_clerk_cannot_serve_finish_or_transfer_a_ticket_called_to_someone_elses_window()
    {
        var ticket = Waiting();
        ticket.Call("3", "clerk-1", Nine);

        foreach (var act in new Action[]
        {
            () => ticket.StartService("clerk-2", null, Nine),
            () => ticket.Finish("clerk-2", Nine),
            () => ticket.MarkNoShow("clerk-2", Nine),
            () => ticket.TransferAway("clerk-2", WindowType.Payment, Nine),
        })
        {
            var refusal = Assert.Throws<DomainException>(act);
            Assert.Equal(("not-your-ticket", DomainErrorKind.Forbidden), (refusal.Code, refusal.Kind));
        }

        Assert.Equal(TicketStatus.Called, ticket.Status);
    }

    [Fact]
    public void A_waiting_ticket_cannot_be_finished_and_a_finished_one_not_finished_again()
    {
        var waiting = Waiting();
        var finished = Waiting();
        finished.Call("3", "clerk-1", Nine);
        finished.Finish("clerk-1", Nine.AddMinutes(4));

        Assert.Equal("ticket-state", Assert.Throws<DomainException>(() => waiting.Finish("clerk-1", Nine)).Code);
        Assert.Equal("ticket-finished", Assert.Throws<DomainException>(() => finished.Finish("clerk-1", Nine)).Code);
    }

    [Fact]
    public void A_ticket_is_transferred_only_from_a_window_and_only_to_another_window_type()
    {
        var waiting = Waiting();
        var called = Waiting();
        called.Call("3", "clerk-1", Nine);

        Assert.Equal("ticket-not-at-window", Assert.Throws<DomainException>(() => waiting.TransferAway("clerk-1", WindowType.Payment, Nine)).Code);
        Assert.Equal("same-window-type", Assert.Throws<DomainException>(() => called.TransferAway("clerk-1", WindowType.Comprehensive, Nine)).Code);
        called.TransferAway("clerk-1", WindowType.Payment, Nine.AddMinutes(2));
        Assert.Equal(TicketStatus.Transferred, called.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_rating_is_one_to_five(int score)
    {
        var ticket = Served();

        Assert.Equal("invalid-score", Assert.Throws<DomainException>(() => ticket.Rate(score, null, Nine.AddMinutes(5), RatingWindow)).Code);
        Assert.Null(ticket.Rating);
    }

    [Fact]
    public void Only_a_served_ticket_is_rated_and_only_once()
    {
        var waiting = Waiting();
        var served = Served();

        served.Rate(5, "  办得很快  ", Nine.AddMinutes(5), RatingWindow);

        Assert.Equal("ticket-not-served", Assert.Throws<DomainException>(() => waiting.Rate(4, null, Nine.AddMinutes(5), RatingWindow)).Code);
        Assert.Equal("ticket-rated", Assert.Throws<DomainException>(() => served.Rate(1, null, Nine.AddMinutes(5), RatingWindow)).Code);
        Assert.Equal((5, "办得很快"), (served.Rating, served.RatingComment));
    }

    [Fact]
    public void A_service_is_rated_within_the_rating_window_after_it_ends_and_not_later()
    {
        var late = Served();
        var onTime = Served();

        Assert.Equal("rating-closed", Assert.Throws<DomainException>(() => late.Rate(4, null, Nine.AddMinutes(3) + RatingWindow + TimeSpan.FromSeconds(1), RatingWindow)).Code);
        onTime.Rate(4, null, Nine.AddMinutes(3) + RatingWindow, RatingWindow);

        Assert.Null(late.Rating);
        Assert.Equal(4, onTime.Rating);
    }

    [Fact]
    public void An_application_is_accepted_on_a_ticket_only_at_the_window_that_serves_it()
    {
        var called = Waiting();
        called.Call("3", "clerk-1", Nine);
        var resident = Guid.NewGuid();

        Assert.Equal("ticket-not-at-window", Assert.Throws<DomainException>(() => called.TakeForAcceptance("clerk-2", resident, Nine)).Code);
        Assert.Equal("ticket-not-at-window", Assert.Throws<DomainException>(() => Waiting().TakeForAcceptance("clerk-1", resident, Nine)).Code);
        called.TakeForAcceptance("clerk-1", resident, Nine.AddMinutes(1));

        Assert.Equal((TicketStatus.Serving, resident), (called.Status, called.ResidentId));
    }

    [Fact]
    public void A_ticket_already_in_service_keeps_the_resident_it_serves_when_an_application_is_accepted_on_it()
    {
        var serving = Waiting();
        var first = Guid.NewGuid();
        serving.Call("3", "clerk-1", Nine);
        serving.StartService("clerk-1", first, Nine.AddMinutes(1));

        serving.TakeForAcceptance("clerk-1", Guid.NewGuid(), Nine.AddMinutes(2));

        Assert.Equal(first, serving.ResidentId);
    }

    private static Ticket Served()
    {
        var ticket = Waiting();
        ticket.Call("3", "clerk-1", Nine);
        ticket.Finish("clerk-1", Nine.AddMinutes(3));
        return ticket;
    }
}
