namespace OneWindow.Intake.Domain.Planning;

/// <summary>A simulated day of the hall, queue by queue and in all.</summary>
public sealed record HallDayOutcome(IReadOnlyList<GroupOutcome> Groups)
{
    public int Served => Groups.Sum(g => g.Served);

    public int Arrived => Groups.Sum(g => g.Arrived);

    /// <summary>The average number waiting in the whole hall.</summary>
    public double AverageWaiting => Groups.Sum(g => g.AverageWaiting);
}
