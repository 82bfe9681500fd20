using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Domain.Statistics;

namespace OneWindow.Intake.Tests.Domain;

public sealed class ReportingTests
{
    [Theory]
    [InlineData(StatisticsPeriod.Day, "2026-11-25", "2026-11-25", "2026-11-25")]
    [InlineData(StatisticsPeriod.Week, "2026-11-25", "2026-11-23", "2026-11-29")]
    [InlineData(StatisticsPeriod.Week, "2026-11-29", "2026-11-23", "2026-11-29")]
    [InlineData(StatisticsPeriod.Week, "2026-11-23", "2026-11-23", "2026-11-29")]
    [InlineData(StatisticsPeriod.Month, "2026-11-25", "2026-11-01", "2026-11-30")]
    [InlineData(StatisticsPeriod.Month, "2028-02-10", "2028-02-01", "2028-02-29")]
    public void A_period_is_the_day_the_monday_to_sunday_week_or_the_calendar_month_containing_a_day(StatisticsPeriod kind, string day, string from, string to)
    {
        var period = ReportingPeriod.Containing(kind, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(from, period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(to, period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Queue_figures_count_arrivals_not_transfers_and_average_waits_of_those_called()
    {
        var at = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        TicketFact Ticket(TicketStatus status, bool transfer, int waited, int served, int? rating) => new(
            "c", WindowType.Comprehensive, status, "02", "clerk-1", transfer, at,
            status == TicketStatus.Waiting ? null : at.AddSeconds(waited),
            status == TicketStatus.Served ? at.AddSeconds(waited) : null,
            status == TicketStatus.Served ? at.AddSeconds(waited + served) : null, rating);

        var figures = QueueFigures.Of([
            Ticket(TicketStatus.Served, false, 60, 300, 5),
            Ticket(TicketStatus.Served, false, 120, 100, 4),
            Ticket(TicketStatus.Transferred, false, 30, 0, null),
            Ticket(TicketStatus.Served, true, 90, 200, 5),
            Ticket(TicketStatus.NoShow, false, 600, 0, null),
            Ticket(TicketStatus.Waiting, false, 0, 0, null),
        ]);

        Assert.Equal(new QueueFigures(5, 3, 1, 1, 180, 600, 200, 3, 4.67m), figures);
    }
}
