using OneWindow.Common.Vocabulary;
using OneWindow.Review.Domain.Roster;

namespace OneWindow.Review.Domain.Assignment;

/// <summary>One reviewer as the assignment rule sees them for one file.</summary>
/// <param name="StaffId">Who.</param>
/// <param name="Skill">How they stand to the file's item.</param>
/// <param name="Available">A reviewer of this centre, employed, not on leave today.</param>
/// <param name="Load">Open work in effort points.</param>
/// <param name="Capacity">Load cap in effort points.</param>
public sealed record Candidate(string StaffId, Skill Skill, bool Available, int Load, int Capacity)
{
    public bool Fits(int effort) => Load + effort <= Capacity;

    /// <summary>Load against capacity, so someone on a smaller cap (part-time) gets proportionally less.</summary>
    public double Utilisation => (double)Load / Math.Max(Capacity, 1);
}

/// <summary>Who gets a file and why; no reviewer means the head's unassigned list.</summary>
public sealed record AssignmentDecision(string? StaffId, AssignmentReason? Reason)
{
    public static AssignmentDecision Unassigned { get; } = new(null, null);

    public bool Assigned => StaffId is not null;
}

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

/// <summary>
/// How much work a file is, in effort points: the statutory time limit stands for the work the item
/// needs (a household investigation for dibao takes 30 working days, a pension certification 5), and a
/// joint item adds the outside departments to chase. 1 point up to 10 working days, 2 up to 20, 3 beyond; +1 if joint.
/// </summary>
public static class ItemEffort
{
    public static int Of(ItemKind kind, int timeLimitWorkingDays) =>
        Math.Clamp((timeLimitWorkingDays + 9) / 10, 1, 3) + (kind == ItemKind.Joint ? 1 : 0);
}
