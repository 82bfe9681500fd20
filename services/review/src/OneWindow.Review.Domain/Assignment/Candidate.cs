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
