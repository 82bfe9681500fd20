using OneWindow.Intake.V1;

namespace OneWindow.Web.Components.District;

/// <summary>A centre's register entry as the district admin edits it: a new centre, or an entry as it stands.</summary>
public sealed class CentreDraft
{
    /// <summary>Set for a new centre only: a registered code never changes.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    public string OpeningHours { get; set; } = "08:30-17:00";

    public List<WindowDraft> Windows { get; } = [];

    public List<GridDraft> Grids { get; } = [];

    /// <summary>Whether the centre keeps waiting targets of its own; otherwise the deployment's (3 waiting, 80 % in 10 minutes).</summary>
    public bool OwnTargets { get; set; }

    public double AverageWaiting { get; set; } = 3;

    public int ServiceLevelPercent { get; set; } = 80;

    public int CalledWithinMinutes { get; set; } = 10;

    public bool Open { get; set; } = true;

    public string Reason { get; set; } = string.Empty;

    /// <summary>Whether the draft changes a registered entry (its code fixed) rather than registering a new centre.</summary>
    public bool Registered { get; private init; }

    /// <summary>A new centre starts with the windows most centres have: comprehensive windows, one taking payments.</summary>
    public static CentreDraft New()
    {
        var draft = new CentreDraft();
        draft.Windows.Add(new WindowDraft { Number = "01", Type = WindowType.Comprehensive });
        draft.Windows.Add(new WindowDraft { Number = "02", Type = WindowType.Payment });
        return draft;
    }

    public static CentreDraft From(Centre centre)
    {
        var draft = new CentreDraft
        {
            Registered = true,
            Code = centre.Code,
            Name = centre.Details.Name,
            Address = centre.Details.Address,
            Phone = centre.Details.Phone,
            OpeningHours = centre.Details.OpeningHours,
            Open = centre.Open,
        };
        if (centre.Details.WaitingTargets is { } targets)
        {
            draft.OwnTargets = true;
            draft.AverageWaiting = targets.AverageWaiting;
            draft.ServiceLevelPercent = (int)Math.Round(targets.ServiceLevel * 100);
            draft.CalledWithinMinutes = targets.CalledWithinMinutes;
        }

        draft.Windows.AddRange(centre.Details.Windows.Select(w => new WindowDraft { Number = w.Number, Type = w.Type }));
        draft.Grids.AddRange(centre.Details.Grids.Select(g => new GridDraft { Code = g.Code, Name = g.Name }));
        return draft;
    }

    public CentreDetails Details() => new()
    {
        Name = Name.Trim(),
        Address = Address.Trim(),
        Phone = Phone.Trim(),
        OpeningHours = OpeningHours.Trim(),
        Windows = { Windows.Select(w => new CentreWindow { Number = w.Number.Trim(), Type = w.Type }) },
        Grids = { Grids.Select(g => new CentreGrid { Code = g.Code.Trim(), Name = g.Name.Trim() }) },
        WaitingTargets = OwnTargets ? new WaitingTargets { AverageWaiting = AverageWaiting, ServiceLevel = ServiceLevelPercent / 100.0, CalledWithinMinutes = CalledWithinMinutes } : null,
    };

    /// <summary>The next window number after the highest (two digits, as painted above the window).</summary>
    public void AddWindow()
    {
        var highest = Windows.Select(w => int.TryParse(w.Number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        Windows.Add(new WindowDraft { Number = (highest + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture), Type = WindowType.Comprehensive });
    }
}
