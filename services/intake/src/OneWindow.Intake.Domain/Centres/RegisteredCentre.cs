using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Domain.Centres;

/// <summary>
/// A street centre in the district's register (docs/adr/0028). Its code is the tenant of every row and token of the
/// centre, so it never changes and is never given to another centre, even once this one is closed.
/// </summary>
public sealed class RegisteredCentre
{
    private List<CentreWindow> _windows = [];
    private List<CentreGrid> _grids = [];

    private RegisteredCentre()
    {
    }

    public string Code { get; private set; } = string.Empty;

    /// <summary>1 when registered, one more with each change: what the services' copies compare.</summary>
    public int Version { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Address { get; private set; } = string.Empty;

    public string Phone { get; private set; } = string.Empty;

    /// <summary>Daily, China time, "08:30-17:00".</summary>
    public string OpeningHours { get; private set; } = string.Empty;

    public bool Open { get; private set; }

    public IReadOnlyList<CentreWindow> Windows => _windows;

    public IReadOnlyList<CentreGrid> Grids => _grids;

    /// <summary>What the centre's window plan keeps; null: the deployment's targets.</summary>
    public PlanTargets? WaitingTargets => TargetAverageWaiting is { } waiting && TargetServiceLevel is { } level && TargetCalledWithinMinutes is { } within
        ? new PlanTargets(waiting, level, TimeSpan.FromMinutes(within))
        : null;

    private double? TargetAverageWaiting { get; set; }

    private double? TargetServiceLevel { get; set; }

    private int? TargetCalledWithinMinutes { get; set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static RegisteredCentre Register(string code, CentreDetails details, DateTimeOffset at)
    {
        var centre = new RegisteredCentre { Code = code, Open = true, RegisteredAt = at };
        centre.Take(details.Checked(), at);
        return centre;
    }

    public void Change(CentreDetails details, bool open, DateTimeOffset at) => Take(details.Checked(), at, open);

    private void Take(CentreDetails details, DateTimeOffset at, bool? open = null)
    {
        Name = details.Name;
        Address = details.Address;
        Phone = details.Phone;
        OpeningHours = details.OpeningHours.ToString();
        _windows = [.. details.Windows.OrderBy(w => w.Number, StringComparer.Ordinal)];
        _grids = [.. details.Grids.OrderBy(g => g.Code, StringComparer.Ordinal)];
        TargetAverageWaiting = details.WaitingTargets?.AverageWaiting;
        TargetServiceLevel = details.WaitingTargets?.ServiceLevel;
        TargetCalledWithinMinutes = details.WaitingTargets is { } targets ? (int)targets.CalledWithin.TotalMinutes : null;
        Open = open ?? Open;
        Version++;
        ChangedAt = at;
    }
}
