using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Staff;

namespace OneWindow.HrPayroll.Application.Staff;

/// <summary>The register's events that more than one change publishes, built alike: ids and facts, never names or numbers.</summary>
internal static class StaffEvents
{
    public static StaffChanged Changed(StaffMember member, string centre, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        Tenant = centre,
        StaffId = member.StaffId,
        Department = member.Department,
        Roles = member.Roles,
        Grid = member.Grid,
    };

    public static SkillsChanged SkillsChanged(StaffMember member, string centre, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        Tenant = centre,
        StaffId = member.StaffId,
        ItemsAsA = member.ItemsAsA,
        ItemsAsB = member.ItemsAsB,
        ItemsKnown = member.ItemsKnown,
    };
}
