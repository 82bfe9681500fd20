using OneWindow.Common.Errors;
using OneWindow.Intake.Domain.Planning;
using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Domain.Centres;

/// <summary>
/// What the district sets of a centre: what residents read of it, what letterheads print, its windows and grids, and the
/// waiting its window plan keeps (the deployment's when not set).
/// </summary>
public sealed record CentreDetails(
    string Name,
    string Address,
    string Phone,
    OpeningHours OpeningHours,
    IReadOnlyList<CentreWindow> Windows,
    IReadOnlyList<CentreGrid> Grids,
    PlanTargets? WaitingTargets = null)
{
    /// <summary>Two windows or two grids under one number or code would make the queue and deliveries ambiguous.</summary>
    public CentreDetails Checked()
    {
        if (Windows.GroupBy(w => w.Number, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } window)
        {
            throw new DomainException(DomainErrorKind.Invalid, "window-twice", $"Window {window.Key} is listed twice.", "details.windows");
        }

        if (Grids.GroupBy(g => g.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } grid)
        {
            throw new DomainException(DomainErrorKind.Invalid, "grid-twice", $"Grid {grid.Key} is listed twice.", "details.grids");
        }

        return this;
    }
}
