using OneWindow.HrPayroll.V1;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// Whether a worker's A/B partners are there while the worker is away: for each item the worker holds as A, someone
/// holding it as B, and for each item held as B, its A — not away themselves (approved or asked-for leave, rejected
/// leave aside) on any of those days. What the head weighs before approving: an item whose partners are all away has
/// nobody to hand its files to.
/// </summary>
public static class LeaveCover
{
    /// <summary>An item the worker holds, and the partners (their role for the item, A or B) who are away too.</summary>
    public sealed record Gap(string Item, SkillMark PartnerRole, IReadOnlyList<string> PartnersAway);

    /// <summary>The items left without a partner present; empty when every item is covered or the worker holds none.</summary>
    public static IReadOnlyList<Gap> Gaps(LeaveRequest leave, IReadOnlyCollection<StaffMember> staff, IReadOnlyCollection<LeaveRequest> allLeave)
    {
        if (staff.FirstOrDefault(s => s.StaffId == leave.StaffId) is not { } worker)
        {
            return [];
        }

        var gaps = new List<Gap>();
        foreach (var item in worker.ItemsAsA)
        {
            AddGap(item, SkillMark.B, staff.Where(s => s.StaffId != worker.StaffId && s.ItemsAsB.Contains(item)));
        }

        foreach (var item in worker.ItemsAsB)
        {
            AddGap(item, SkillMark.A, staff.Where(s => s.StaffId != worker.StaffId && s.ItemsAsA.Contains(item)));
        }

        return gaps;

        void AddGap(string item, SkillMark role, IEnumerable<StaffMember> partners)
        {
            var ids = partners.Select(p => p.StaffId).ToList();
            if (ids.All(id => Away(id, leave, allLeave)))
            {
                gaps.Add(new Gap(item, role, ids));
            }
        }
    }

    /// <summary>The worker holds an item as A or as B: there is cover to weigh at all.</summary>
    public static bool HoldsItems(LeaveRequest leave, IReadOnlyCollection<StaffMember> staff) =>
        staff.FirstOrDefault(s => s.StaffId == leave.StaffId) is { } worker && (worker.ItemsAsA.Count > 0 || worker.ItemsAsB.Count > 0);

    private static bool Away(string staffId, LeaveRequest during, IEnumerable<LeaveRequest> allLeave) =>
        allLeave.Any(l => l.StaffId == staffId && l.LeaveId != during.LeaveId && l.Status != LeaveStatus.Rejected
            && string.CompareOrdinal(l.From, during.To) <= 0 && string.CompareOrdinal(during.From, l.To) <= 0);
}
