using OneWindow.Common.Calendar;
using OneWindow.HrPayroll.Domain.Calendar;

namespace OneWindow.HrPayroll.Application.Calendar;

internal static class CalendarMapping
{
    public static V1.CalendarYear ToContract(this CalendarYearVersion version)
    {
        var contract = Contract(version.ToYear(), version.Version);
        contract.Reason = version.Reason ?? string.Empty;
        contract.LoadedBy = version.LoadedBy;
        contract.LoadedAt = Wire.Instant(version.LoadedAt);
        return contract;
    }

    /// <summary>A year of the shipped seed: version 0, loaded by nobody.</summary>
    public static V1.CalendarYear ToSeedContract(this CalendarYear year) => Contract(year, 0);

    /// <summary>The request's year, each date read as yyyy-MM-dd and named by its field when it is not.</summary>
    public static CalendarYear ToYear(this V1.LoadCalendarYearRequest request) => new(
        request.Year,
        [.. request.Holidays.Select((h, i) => new CalendarHoliday(h.Name.Trim(), Wire.ParseDay(h.From, $"holidays[{i}].from"), Wire.ParseDay(h.To, $"holidays[{i}].to")))],
        [.. request.WorkingWeekends.Select((day, i) => Wire.ParseDay(day, $"workingWeekends[{i}]"))]);

    private static V1.CalendarYear Contract(CalendarYear year, int version)
    {
        var contract = new V1.CalendarYear { Year = year.Year, Version = version };
        contract.Holidays.AddRange(year.Holidays.Select(h => new V1.CalendarHoliday { Name = h.Name, From = Wire.Day(h.From), To = Wire.Day(h.To) }));
        contract.WorkingWeekends.AddRange(year.WorkingWeekends.Select(day => Wire.Day(day)));
        return contract;
    }
}
