using OneWindow.HrPayroll.V1;
using OneWindow.Intake.V1;
using OneWindow.ServiceDefaults;

namespace OneWindow.Web.Components.Planner;

/// <summary>
/// The plan's windows against the people who can staff them on the day: the window clerks not on approved leave, each
/// put to a window type (the busiest half-hour's windows of each type, comprehensive first); the half-hours that need
/// more windows than there are clerks; and the items whose A and B are both on leave that day (A/B roles mean leave
/// never blocks an item, unless both are away at once). Nothing is decided here: the director places people.
/// </summary>
public sealed record StaffPlacement(
    IReadOnlyList<(StaffMember Clerk, WindowType? Window)> OnDuty,
    IReadOnlyList<StaffMember> OnLeave,
    IReadOnlyList<(string Starts, int Short)> ShortHalfHours,
    IReadOnlyList<string> ItemsWithoutCover)
{
    private static readonly WindowType[] Order = [WindowType.Comprehensive, WindowType.PolicyConsultation, WindowType.Payment];

    public static StaffPlacement For(WindowPlan plan, IReadOnlyCollection<StaffMember> staff, IEnumerable<LeaveRequest> leave)
    {
        var away = leave
            .Where(l => l.Status == LeaveStatus.Approved && string.CompareOrdinal(l.From, plan.Day) <= 0 && string.CompareOrdinal(l.To, plan.Day) >= 0)
            .Select(l => l.StaffId)
            .ToHashSet(StringComparer.Ordinal);
        var clerks = staff.Where(s => s.Roles.Contains(PlatformRoles.Clerk)).OrderBy(s => s.StaffId, StringComparer.Ordinal).ToList();
        var onDuty = clerks.Where(c => !away.Contains(c.StaffId)).ToList();

        var placed = new List<(StaffMember, WindowType?)>();
        var next = 0;
        foreach (var type in Order)
        {
            var peak = plan.Slots.Where(s => s.WindowType == type).Select(s => s.PlannedWindows).DefaultIfEmpty().Max();
            for (var i = 0; i < peak && next < onDuty.Count; i++)
            {
                placed.Add((onDuty[next++], type));
            }
        }

        placed.AddRange(onDuty.Skip(next).Select(c => (c, (WindowType?)null)));

        var shortHalfHours = plan.Slots.GroupBy(s => s.Starts)
            .Select(g => (Starts: g.Key, Short: g.Sum(s => s.PlannedWindows) - onDuty.Count))
            .Where(g => g.Short > 0)
            .ToList<(string, int)>();

        var itemsWithoutCover = staff.SelectMany(s => s.ItemsAsA.Concat(s.ItemsAsB)).Distinct(StringComparer.Ordinal)
            .Where(item => staff.Where(s => s.ItemsAsA.Contains(item) || s.ItemsAsB.Contains(item)).All(s => away.Contains(s.StaffId)))
            .Order(StringComparer.Ordinal)
            .ToList();

        return new StaffPlacement(placed, [.. clerks.Where(c => away.Contains(c.StaffId))], shortHalfHours, itemsWithoutCover);
    }
}
