using OneWindow.Common.Calendar;

namespace OneWindow.WorkingCalendar;

/// <summary>A year of the calendar as the district last loaded it, kept by a service that counts deadlines.</summary>
public sealed class LoadedCalendarYear
{
    public int Year { get; set; }

    public int Version { get; set; }

    public List<CalendarHoliday> Holidays { get; set; } = [];

    public List<DateOnly> WorkingWeekends { get; set; } = [];

    public DateTimeOffset LoadedAt { get; set; }

    public CalendarYear ToYear() => new(Year, Holidays, WorkingWeekends);
}
