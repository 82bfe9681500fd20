using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Tests.Domain.Planning;

public sealed class ErlangCTests
{
    [Theory]
    [InlineData(12, 2.2469)]
    [InlineData(11, 6.8212)]
    [InlineData(13, 0.9509)]
    public void Sixty_residents_an_hour_of_ten_minutes_each_keep_the_published_numbers_waiting(int windows, double waiting)
    {
        Assert.Equal(waiting, ErlangC.AverageWaiting(windows, load: 60 * (10 / 60.0)), precision: 4);
    }

    [Fact]
    public void Twelve_windows_for_ten_erlangs_call_ninety_four_percent_within_ten_minutes()
    {
        Assert.Equal(0.4494, ErlangC.WaitProbability(12, 10), precision: 4);
        Assert.Equal(0.9392, ErlangC.ServiceLevel(12, 10, withinServiceTimes: 1), precision: 4);
    }

    [Fact]
    public void A_district_sized_line_is_computed_where_the_factorials_would_overflow()
    {
        var waiting = ErlangC.AverageWaiting(400, 380);

        Assert.True(double.IsFinite(waiting) && waiting > 0, $"{waiting}");
        Assert.InRange(ErlangC.WaitProbability(400, 380), 0, 1);
    }

    [Fact]
    public void Windows_that_cannot_keep_up_leave_a_line_without_end()
    {
        Assert.Equal(1, ErlangC.WaitProbability(10, 10));
        Assert.Equal(double.PositiveInfinity, ErlangC.AverageWaiting(10, 12));
    }

    [Fact]
    public void The_plan_takes_the_fewest_windows_that_keep_three_waiting_and_eighty_percent_called_within_ten_minutes()
    {
        Assert.Equal(12, WindowSizing.WindowsFor(60, TimeSpan.FromMinutes(10), PlanTargets.Reform));
        Assert.Equal(0, WindowSizing.WindowsFor(0, TimeSpan.FromMinutes(10), PlanTargets.Reform));
    }

    [Fact]
    public void A_stricter_service_level_asks_for_more_windows_than_the_waiting_target_alone()
    {
        // Twelve windows keep 2.25 waiting but call only 93.9 % within ten minutes.
        var strict = PlanTargets.Reform with { ServiceLevel = 0.95 };

        Assert.Equal(13, WindowSizing.WindowsFor(60, TimeSpan.FromMinutes(10), strict));
    }
}
