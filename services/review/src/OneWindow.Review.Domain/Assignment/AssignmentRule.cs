using OneWindow.Common.Vocabulary;
using OneWindow.Review.Domain.Roster;

namespace OneWindow.Review.Domain.Assignment;

/// <summary>
/// The AB rule (AB角制度) with balancing: the item's A if available and under their cap; else its B
/// under the same conditions; else the least-loaded available reviewer who knows the item (A and B
/// included, and over their cap if everyone is, because a file waiting in a queue is worse than a
/// busy reviewer); else nobody, and the file goes to the head's unassigned list. Nobody on leave or
/// gone is ever chosen. Ties go to the lower load, then the staff id, so the rule is deterministic.
/// </summary>
public static class AssignmentRule
{
    public static AssignmentDecision Choose(IEnumerable<Candidate> candidates, int effort)
    {
        var available = candidates.Where(c => c.Available && c.Skill != Skill.None).ToList();
        if (Least(available.Where(c => c.Skill == Skill.A && c.Fits(effort))) is { } a)
        {
            return new(a.StaffId, AssignmentReason.A);
        }

        if (Least(available.Where(c => c.Skill == Skill.B && c.Fits(effort))) is { } b)
        {
            return new(b.StaffId, AssignmentReason.B);
        }

        var knower = Least(available.Where(c => c.Fits(effort))) ?? Least(available);
        return knower is null ? AssignmentDecision.Unassigned : new(knower.StaffId, AssignmentReason.Load);
    }

    private static Candidate? Least(IEnumerable<Candidate> candidates) =>
        candidates
            .OrderBy(c => c.Utilisation)
            .ThenBy(c => c.Load)
            .ThenBy(c => c.StaffId, StringComparer.Ordinal)
            .FirstOrDefault();
}
