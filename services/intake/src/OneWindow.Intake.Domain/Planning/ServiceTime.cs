namespace OneWindow.Intake.Domain.Planning;

/// <summary>How long a window takes with one resident, in minutes: fitted from served tickets, or given.</summary>
public abstract record ServiceTime
{
    public abstract double MeanMinutes { get; }

    public abstract double SampleMinutes(Random random);
}
