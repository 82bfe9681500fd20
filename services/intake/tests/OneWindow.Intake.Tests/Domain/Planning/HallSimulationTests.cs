using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Tests.Domain.Planning;

public sealed class HallSimulationTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Theory]
    [InlineData(12)]
    [InlineData(13)]
    public void For_random_arrivals_and_exponential_service_the_simulated_hall_agrees_with_erlang_c(int windows)
    {
        // 60 an hour of 10 minutes each, long days (200 hours), twenty of them: Erlang C must lie within the
        // simulation's 99.7 % confidence interval of the average number waiting.
        const int Slots = 400;
        var day = new HallDay(
            HalfHour,
            [new ArrivalStream("comprehensive", Enumerable.Repeat(60.0, Slots).ToArray(), new ExponentialServiceTime(10))],
            [new WindowGroup("comprehensive", new HashSet<string> { "comprehensive" }, Enumerable.Repeat(windows, Slots).ToArray())]);

        var waiting = Enumerable.Range(1, 20).Select(seed => HallSimulation.Run(day, seed).AverageWaiting).ToList();

        var mean = waiting.Average();
        var halfWidth = 3 * Math.Sqrt(waiting.Sum(w => (w - mean) * (w - mean)) / (waiting.Count - 1)) / Math.Sqrt(waiting.Count);
        var erlang = ErlangC.AverageWaiting(windows, 10);
        Assert.InRange(erlang, mean - halfWidth, mean + halfWidth);
    }

    [Fact]
    public void Everyone_who_came_is_served_passed_gave_up_or_went_home_at_closing()
    {
        var outcome = HallSimulation.Run(BusyDay(windows: 3), seed: 7);

        foreach (var queue in outcome.Groups)
        {
            Assert.Equal(queue.Arrived, queue.Served + queue.NoShows + queue.GaveUp + queue.LeftAtClosing);
        }

        Assert.True(outcome.Groups.Single(g => g.Name == "payment").Arrived > 0, "some residents are sent on to pay");
        Assert.True(outcome.Groups.Sum(g => g.GaveUp) > 0, "three windows for a morning peak leave some residents giving up");
    }

    [Fact]
    public void The_same_day_and_seed_give_the_same_outcome()
    {
        Assert.Equal(HallSimulation.Run(BusyDay(windows: 4), seed: 3).Groups, HallSimulation.Run(BusyDay(windows: 4), seed: 3).Groups);
    }

    [Fact]
    public void More_windows_in_the_peak_keep_fewer_waiting_and_serve_more()
    {
        var few = HallSimulation.Run(BusyDay(windows: 3), seed: 11);
        var enough = HallSimulation.Run(BusyDay(windows: 6), seed: 11);

        Assert.True(enough.AverageWaiting < few.AverageWaiting, $"{enough.AverageWaiting} < {few.AverageWaiting}");
        Assert.True(enough.Served > few.Served, $"{enough.Served} > {few.Served}");
    }

    [Fact]
    public void Priority_tickets_wait_less_than_the_others_in_a_long_line()
    {
        var outcome = HallSimulation.Run(BusyDay(windows: 4), seed: 5).Groups.Single(g => g.Name == "comprehensive");

        Assert.True(outcome.PriorityWaitMinutes < outcome.AverageWaitMinutes / 2, $"{outcome.PriorityWaitMinutes} < {outcome.AverageWaitMinutes} / 2");
    }

    private static HallDay BusyDay(int windows)
    {
        // Opening at 08:30 for 17 half-hours; the morning peak from 09:00 to 11:00.
        double[] comprehensive = [20, 50, 60, 60, 50, 30, 20, 15, 10, 15, 20, 20, 20, 15, 15, 10, 5];
        return new HallDay(
            HalfHour,
            [
                new ArrivalStream("comprehensive", comprehensive, new LogNormalServiceTime(Math.Log(5), 0.6)) { PriorityShare = 0.1, NoShowShare = 0.05, TransferShare = 0.2, TransferTo = "payment" },
                new ArrivalStream("payment", new double[comprehensive.Length], new ExponentialServiceTime(3)),
            ],
            [
                new WindowGroup("comprehensive", new HashSet<string> { "comprehensive" }, Enumerable.Repeat(windows, comprehensive.Length).ToArray()),
                new WindowGroup("payment", new HashSet<string> { "payment" }, Enumerable.Repeat(1, comprehensive.Length).ToArray()),
            ])
        {
            MeanPatience = TimeSpan.FromMinutes(45),
        };
    }
}
