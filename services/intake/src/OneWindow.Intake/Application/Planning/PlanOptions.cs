namespace OneWindow.Intake.Application.Planning;

/// <summary>The planner's targets and the standard service times it takes where too few tickets were served to fit.</summary>
public sealed class PlanOptions
{
    /// <summary>On average no more than this many residents waiting in a line (the reform's 排队不超过3人).</summary>
    public double AverageWaiting { get; set; } = 3;

    /// <summary>The share of residents called within <see cref="CalledWithin"/>.</summary>
    public double ServiceLevel { get; set; } = 0.8;

    public TimeSpan CalledWithin { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long residents wait on average before they give up and go home, when the same day is simulated at
    /// comprehensive and at line-based windows: a hall that keeps a line long loses residents, not only time.
    /// </summary>
    public TimeSpan MeanPatience { get; set; } = TimeSpan.FromMinutes(45);

    public double ComprehensiveMinutes { get; set; } = 8;

    public double PolicyConsultationMinutes { get; set; } = 10;

    public double PaymentMinutes { get; set; } = 3;
}
