using System.Globalization;

namespace OneWindow.Common.Calendar;

/// <summary>
/// One year of the State Council's notice: its public holidays and the weekend days worked instead (调休).
/// A day listed may fall just outside the year (a working Sunday in late December for New Year's Day).
/// </summary>
public sealed record CalendarYear(int Year, IReadOnlyList<CalendarHoliday> Holidays, IReadOnlyList<DateOnly> WorkingWeekends)
{
    public const int NameMaxLength = 50;

    /// <summary>
    /// What is wrong with the year as a notice could never say it, each naming the field it is about
    /// (<c>holidays[2].from</c>, <c>workingWeekends[0]</c>): none when the year can be used.
    /// </summary>
    public IReadOnlyList<CalendarProblem> Problems()
    {
        var problems = new List<CalendarProblem>();
        if (Year is < 2000 or > 2100)
        {
            problems.Add(new("year", $"{Year} is not a year the calendar can hold (2000–2100)."));
            return problems;
        }

        for (var i = 0; i < Holidays.Count; i++)
        {
            var holiday = Holidays[i];
            if (string.IsNullOrWhiteSpace(holiday.Name) || holiday.Name.Length > NameMaxLength)
            {
                problems.Add(new($"holidays[{i}].name", $"A holiday needs a name of at most {NameMaxLength} characters."));
            }

            if (!Near(holiday.From))
            {
                problems.Add(new($"holidays[{i}].from", $"{Day(holiday.From)} is not in or next to {Year}."));
            }

            if (!Near(holiday.To))
            {
                problems.Add(new($"holidays[{i}].to", $"{Day(holiday.To)} is not in or next to {Year}."));
            }

            if (holiday.To < holiday.From)
            {
                problems.Add(new($"holidays[{i}].to", $"{holiday.Name} ends ({Day(holiday.To)}) before it starts ({Day(holiday.From)})."));
            }
        }

        var byStart = Holidays.Select((holiday, index) => (holiday, index)).OrderBy(h => h.holiday.From).ToList();
        for (var i = 1; i < byStart.Count; i++)
        {
            var (earlier, _) = byStart[i - 1];
            var (later, index) = byStart[i];
            if (later.From <= earlier.To)
            {
                problems.Add(new($"holidays[{index}].from", $"{later.Name} ({Day(later.From)}) overlaps {earlier.Name} ({Day(earlier.From)}–{Day(earlier.To)})."));
            }
        }

        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < WorkingWeekends.Count; i++)
        {
            var day = WorkingWeekends[i];
            var field = $"workingWeekends[{i}]";
            if (!Near(day))
            {
                problems.Add(new(field, $"{Day(day)} is not in or next to {Year}."));
            }
            else if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                problems.Add(new(field, $"{Day(day)} is a weekday: only a Saturday or Sunday can be an adjusted working day."));
            }
            else if (!seen.Add(day))
            {
                problems.Add(new(field, $"{Day(day)} is listed twice."));
            }
            else if (Holidays.FirstOrDefault(h => h.From <= day && day <= h.To) is { } holiday)
            {
                problems.Add(new(field, $"{Day(day)} is within {holiday.Name}: a day cannot be both off and worked."));
            }
        }

        return problems;
    }

    private bool Near(DateOnly day) => Math.Abs(day.Year - Year) <= 1;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
