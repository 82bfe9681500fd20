namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// What a centre's plan must keep: on average no more than <see cref="AverageWaiting"/> residents waiting in a line (the
/// reform's 排队不超过3人), and <see cref="ServiceLevel"/> of them called within <see cref="CalledWithin"/>.
/// </summary>
public sealed record PlanTargets(double AverageWaiting, double ServiceLevel, TimeSpan CalledWithin)
{
    public static PlanTargets Reform { get; } = new(3, 0.8, TimeSpan.FromMinutes(10));
}
