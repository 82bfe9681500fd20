using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Tests.Domain.Planning;

public sealed class WindowArrangementTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    /// <summary>Civil affairs peak in the morning, social security after lunch, household registration all day.</summary>
    private static readonly ArrivalStream[] Lines =
    [
        new("civil-affairs", [30, 40, 40, 30, 15, 10, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5], new LogNormalServiceTime(Math.Log(8), 0.5)),
        new("social-security", [5, 5, 5, 5, 5, 5, 10, 20, 30, 35, 30, 20, 10, 5, 5, 5], new LogNormalServiceTime(Math.Log(6), 0.5)),
        new("household-registration", [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8], new LogNormalServiceTime(Math.Log(5), 0.5)),
    ];

    [Fact]
    public void The_same_staff_at_comprehensive_windows_serve_more_residents_and_keep_fewer_waiting_than_kept_to_their_lines()
    {
        var staff = Enumerable.Repeat(6, 16).ToArray();

        var lineBased = HallSimulation.Run(WindowArrangement.LineBased(Lines, staff, HalfHour) with { MeanPatience = TimeSpan.FromMinutes(40) }, seed: 1);
        var comprehensive = HallSimulation.Run(WindowArrangement.Comprehensive(Lines, staff, HalfHour) with { MeanPatience = TimeSpan.FromMinutes(40) }, seed: 1);

        Assert.Equal(lineBased.Arrived, comprehensive.Arrived);
        Assert.True(comprehensive.Served > lineBased.Served, $"{comprehensive.Served} > {lineBased.Served}");
        Assert.True(comprehensive.AverageWaiting < lineBased.AverageWaiting, $"{comprehensive.AverageWaiting} < {lineBased.AverageWaiting}");
    }

    [Fact]
    public void Line_based_windows_split_the_staff_by_each_lines_work_keeping_one_window_for_every_line()
    {
        var day = WindowArrangement.LineBased(Lines, Enumerable.Repeat(6, 16).ToArray(), HalfHour);

        // 09:00: civil affairs 40 an hour of 9.1 minutes on average (363 minutes of work), social security 5 of 6.8 (34),
        // household registration 8 of 5.7 (45): one window each, and the three left go 2.46 : 0.23 : 0.31, so four to civil affairs.
        var windows = day.Groups.ToDictionary(g => g.Name, g => g.Windows[1]);
        Assert.Equal(6, windows.Values.Sum());
        Assert.Equal(4, windows["civil-affairs"]);
        Assert.Equal(1, windows["social-security"]);
        Assert.Equal(1, windows["household-registration"]);
    }
}
