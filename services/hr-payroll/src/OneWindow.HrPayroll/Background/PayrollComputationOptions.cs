namespace OneWindow.HrPayroll.Background;

/// <summary>The payroll computation's section: how often it sweeps for runs nobody is computing.</summary>
public sealed class PayrollComputationOptions
{
    public const string Section = "PayrollComputation";

    /// <summary>A prepared run wakes the computation at once; the sweep takes the runs a stopped replica left.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
