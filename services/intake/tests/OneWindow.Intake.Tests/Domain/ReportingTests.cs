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

    [Fact]
    public void A_days_trend_runs_hour_by_hour_from_eight_to_five_widened_to_an_early_arrival_and_a_month_runs_day_by_day()
    {
        // 07:40 and 10:15 in Shanghai.
        var early = new DateTimeOffset(2026, 11, 23, 7, 40, 0, TimeSpan.FromHours(8));
        var later = new DateTimeOffset(2026, 11, 23, 10, 15, 0, TimeSpan.FromHours(8));
        TicketFact Ticket(DateTimeOffset at, TicketStatus status) => new(
            "c", WindowType.Comprehensive, status, "02", "clerk-1", false, at, at.AddMinutes(5), at.AddMinutes(5), at.AddMinutes(10), null);
        TicketFact[] tickets = [Ticket(early, TicketStatus.Served), Ticket(later, TicketStatus.NoShow)];

        var day = TrendPoint.Of(ReportingPeriod.Containing(StatisticsPeriod.Day, new DateOnly(2026, 11, 23)), tickets, [later.AddMinutes(8)]);
        var month = TrendPoint.Of(ReportingPeriod.Containing(StatisticsPeriod.Month, new DateOnly(2026, 11, 23)), tickets, [later.AddMinutes(8)]);

        Assert.Equal(["07:00", "08:00", "09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00"], day.Select(p => p.Label));
        Assert.Equal(new TrendPoint("07:00", 1, 1, 300, 0), day[0]);
        Assert.Equal(new TrendPoint("10:00", 1, 0, 300, 1), day[3]);
        Assert.Equal(30, month.Count);
        Assert.Equal(new TrendPoint("2026-11-23", 2, 1, 300, 1), month[22]);
        Assert.All(month.Where(p => p.Label != "2026-11-23"), p => Assert.Equal(0, p.Issued + p.Acceptances));
    }
}
