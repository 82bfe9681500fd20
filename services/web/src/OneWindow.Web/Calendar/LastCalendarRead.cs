using System.Globalization;
using OneWindow.Common.Calendar;

namespace OneWindow.Web.Calendar;

/// <summary>
/// The district's calendar as the console last read it from hr-payroll, the shipped seed until then: what the
/// console counts with when hr-payroll cannot be reached, and what its readiness check looks at.
/// </summary>
public sealed class LastCalendarRead
{
    private volatile WorkingDayCalendar _current = WorkingDayCalendar.China;

    public WorkingDayCalendar Current => _current;

    /// <summary>Keeps the years hr-payroll holds (the seed's included) as the console's calendar from now on.</summary>
    public WorkingDayCalendar Keep(HrPayroll.V1.CalendarYears read)
    {
        var years = read.Years.Select(year => new CalendarYear(
            year.Year,
            [.. year.Holidays.Select(h => new CalendarHoliday(h.Name, Day(h.From), Day(h.To)))],
            [.. year.WorkingWeekends.Select(Day)]));
        _current = WorkingDayCalendar.China.With(years);
        return _current;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
