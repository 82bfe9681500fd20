using OneWindow.HrPayroll.V1;
using OneWindow.Common.Formats;

namespace OneWindow.Web.Components.District;

/// <summary>A year of the State Council's notice as the district admin enters it: the holidays, the weekend days worked, and why, for a correction.</summary>
public sealed class CalendarYearDraft
{
    public int Year { get; set; }

    public List<HolidayRow> Holidays { get; } = [];

    public List<WorkedDayRow> WorkingWeekends { get; } = [];

    public string Reason { get; set; } = string.Empty;

    /// <summary>An empty draft for <paramref name="year"/> with New Year's Day filled in, as every notice starts.</summary>
    public static CalendarYearDraft For(int year)
    {
        var draft = new CalendarYearDraft { Year = year };
        draft.Holidays.Add(new HolidayRow { Name = "元旦", From = new DateOnly(year, 1, 1), To = new DateOnly(year, 1, 1) });
        return draft;
    }

    /// <summary>The request as typed: the service checks every day and names the field it refuses.</summary>
    public LoadCalendarYearRequest ToRequest()
    {
        var request = new LoadCalendarYearRequest { Year = Year, Reason = Reason.Trim() };
        request.Holidays.AddRange(Holidays.Select(h => new CalendarHoliday { Name = h.Name.Trim(), From = Wire.Day(h.From), To = Wire.Day(h.To) }));
        request.WorkingWeekends.AddRange(WorkingWeekends.Select(d => Wire.Day(d.Day)));
        return request;
    }
}
