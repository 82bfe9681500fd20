using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Calendar;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Calendar;

/// <summary>The years of the working-day calendar: each year's latest loaded version, or the seed's where none was loaded.</summary>
public sealed class CalendarYearReader(HrPayrollDbContext db, TimeProvider clock)
{
    public async Task<V1.CalendarYears> ListAsync(CancellationToken cancellationToken)
    {
        var loaded = (await db.CalendarYears.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(v => v.Year)
            .Select(g => g.MaxBy(v => v.Version)!)
            .ToDictionary(v => v.Year);
        var years = WorkingDayCalendar.China.Years.Where(y => !loaded.ContainsKey(y.Year)).Select(y => (y.Year, Contract: y.ToSeedContract()))
            .Concat(loaded.Values.Select(v => (v.Year, Contract: v.ToContract())))
            .OrderBy(y => y.Year)
            .Select(y => y.Contract);
        var today = ChinaTime.Today(clock);
        var nextYear = today.Year + 1;
        var reply = new V1.CalendarYears
        {
            NextYear = nextYear,
            NextYearMissing = today.Month >= WorkingDayCalendar.NextYearDueMonth
                && !loaded.ContainsKey(nextYear) && !WorkingDayCalendar.China.Covers(nextYear),
        };
        reply.Years.AddRange(years);
        return reply;
    }
}
