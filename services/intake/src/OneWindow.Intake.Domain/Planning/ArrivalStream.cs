namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// One line of work arriving at the hall: residents an hour in each slot of the day (at random within the slot), how
/// long their service takes, and how some of them behave: priority tickets, no-shows, and those sent on to another line
/// when served (to pay, after a comprehensive window).
/// </summary>
public sealed record ArrivalStream(string Line, IReadOnlyList<double> ArrivalsPerHour, ServiceTime Service)
{
    public double PriorityShare { get; init; }

    public double NoShowShare { get; init; }

    public double TransferShare { get; init; }

    public string? TransferTo { get; init; }
}
