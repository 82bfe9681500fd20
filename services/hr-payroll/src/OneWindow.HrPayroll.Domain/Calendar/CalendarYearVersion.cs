using OneWindow.Common.Calendar;
using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Calendar;

/// <summary>
/// One version of a year of the working-day calendar, as the district admin loaded it from the State Council's
/// notice. A year is loaded once; a correction is a new version with its reason, never an edit. The years shipped
/// with the platform are version 0 of theirs (the seed), so reloading one is a correction too.
/// </summary>
public sealed class CalendarYearVersion
{
    public const int ReasonMaxLength = 500;

    private CalendarYearVersion()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Year { get; private set; }

    public int Version { get; private set; }

    public List<CalendarHoliday> Holidays { get; private set; } = [];

    public List<DateOnly> WorkingWeekends { get; private set; } = [];

    /// <summary>Why a version after the first was loaded; null for a year's first load.</summary>
    public string? Reason { get; private set; }

    public string LoadedBy { get; private set; } = string.Empty;

    public DateTimeOffset LoadedAt { get; private set; }

    public CalendarYear ToYear() => new(Year, Holidays, WorkingWeekends);

    /// <summary>
    /// A year's next version: checked day by day, and refused as a conflict when the year is already held (loaded,
    /// or shipped when <paramref name="shipped"/>) and no reason is given.
    /// </summary>
    public static CalendarYearVersion Load(CalendarYear year, CalendarYearVersion? latest, bool shipped, string? reason, string loadedBy, DateTimeOffset at)
    {
        var problems = year.Problems();
        if (problems.Count > 0)
        {
            throw new DomainException(
                DomainErrorKind.Invalid,
                "invalid-calendar-year",
                string.Join(" ", problems.Select(p => $"{p.Field}: {p.Message}")),
                problems[0].Field);
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > ReasonMaxLength })
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-too-long", $"reason is at most {ReasonMaxLength} characters.", "reason");
        }

        var loadedBefore = latest is not null || shipped;
        if (loadedBefore && reason is null)
        {
            throw new DomainException(
                DomainErrorKind.Conflict,
                "calendar-year-loaded",
                $"{year.Year} is already loaded (version {latest?.Version ?? 0}): a new version needs a reason.",
                "reason");
        }

        return new CalendarYearVersion
        {
            Year = year.Year,
            Version = (latest?.Version ?? 0) + 1,
            Holidays = [.. year.Holidays.OrderBy(h => h.From)],
            WorkingWeekends = [.. year.WorkingWeekends.Order()],
            Reason = reason,
            LoadedBy = loadedBy,
            LoadedAt = at,
        };
    }
}
