namespace OneWindow.Intake.Application.Planning;

/// <summary>A window type's reviews falling due in the forecast's week, in the weeks before on average, and the factor on its arrivals.</summary>
public sealed record Season(int ReviewsDue, double ReviewsDueUsually, double Factor)
{
    public static Season None { get; } = new(0, 0, 1);
}
