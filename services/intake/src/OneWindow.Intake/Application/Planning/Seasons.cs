using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Application.Planning;

/// <summary>The periodic items granted at a centre, as the forecast of one week counts the reviews falling due in it and in the weeks before.</summary>
/// <param name="Grants">Each grant of a periodic item: its window type, the day granted and the item's recurrence.</param>
/// <param name="Week">The Monday of the forecast's week.</param>
/// <param name="Weeks">The weeks of history read.</param>
/// <param name="OpenDaysAWeek">The days a week the centre opened in those weeks.</param>
public sealed record Seasons(IReadOnlyList<(WindowType Type, DateOnly GrantedOn, int RecurrenceMonths)> Grants, DateOnly Week, int Weeks, double OpenDaysAWeek)
{
    /// <summary>One window type's season, on the residents a day its history expects.</summary>
    public Season Of(WindowType type, double expectedPerDay)
    {
        var ofType = Grants.Where(g => g.Type == type).Select(g => (g.GrantedOn, g.RecurrenceMonths)).ToList();
        var thisWeek = ReviewsFallingDue.InWeek(ofType, Week);
        var before = Enumerable.Range(1, Weeks).Select(w => ReviewsFallingDue.InWeek(ofType, Week.AddDays(-7 * w))).ToList();
        return new Season(thisWeek, before.Count == 0 ? 0 : before.Average(), ReviewsFallingDue.Factor(thisWeek, before, expectedPerDay, OpenDaysAWeek));
    }
}
