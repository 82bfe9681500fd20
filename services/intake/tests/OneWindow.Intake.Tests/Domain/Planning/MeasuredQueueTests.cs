using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Tests.Domain.Planning;

public sealed class MeasuredQueueTests
{
    private static readonly DateTimeOffset Nine = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_line_run_sixty_times_faster_shows_the_same_residents_waiting_on_average()
    {
        // A waits the whole hour, B the first half, C the second: two hours waited over one hour, two at most (B leaves as C comes).
        QueueStay[] hour = [new(Nine, Nine.AddMinutes(60), true), new(Nine, Nine.AddMinutes(30), true), new(Nine.AddMinutes(30), Nine.AddMinutes(60), true)];
        QueueStay[] minute = [new(Nine, Nine.AddSeconds(60), true), new(Nine, Nine.AddSeconds(30), true), new(Nine.AddSeconds(30), Nine.AddSeconds(60), true)];

        var real = MeasuredQueue.Of(hour, TimeSpan.FromMinutes(10));
        var fast = MeasuredQueue.Of(minute, TimeSpan.FromMinutes(10));

        Assert.Equal(2.0, real.AverageWaiting, 6);
        Assert.Equal(2, real.MostWaiting);
        Assert.Equal(real.AverageWaiting, fast.AverageWaiting, 6);
        Assert.Equal(real.MostWaiting, fast.MostWaiting);
    }

    [Fact]
    public void A_resident_still_waiting_when_the_line_ended_counts_to_its_end_and_not_as_called()
    {
        QueueStay[] stays = [new(Nine, Nine.AddMinutes(5), true), new(Nine.AddMinutes(10), null, false), new(Nine, Nine.AddMinutes(20), true)];

        var measured = MeasuredQueue.Of(stays, TimeSpan.FromMinutes(10));

        // 5 + 10 + 20 minutes over the line's 20; one of the two called within ten minutes.
        Assert.Equal(1.75, measured.AverageWaiting, 6);
        Assert.Equal(0.5, measured.CalledWithinShare, 6);
    }
}
