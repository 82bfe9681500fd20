using OneWindow.Review.Domain.Assignment;
using OneWindow.Review.Domain.Roster;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Roster;

internal static class RosterMapping
{
    public static Contract.RosterEntry ToContract(this Reviewer reviewer, RosterSnapshot roster, int openFiles)
    {
        var entry = new Contract.RosterEntry
        {
            StaffId = reviewer.StaffId,
            Head = reviewer.IsHead,
            Capacity = roster.CapacityOf(reviewer.StaffId),
            Load = roster.LoadOf(reviewer.StaffId),
            OpenFiles = openFiles,
            OnLeave = roster.OnLeave(reviewer.StaffId),
            Available = roster.IsAvailable(reviewer.StaffId),
            LastDay = reviewer.LastDay is { } last ? Wire.Day(last) : null,
        };
        entry.Roles.AddRange(reviewer.Roles);
        entry.ItemsAsA.AddRange(reviewer.ItemsAsA);
        entry.ItemsAsB.AddRange(reviewer.ItemsAsB);
        entry.ItemsKnown.AddRange(reviewer.ItemsKnown);
        return entry;
    }
}
