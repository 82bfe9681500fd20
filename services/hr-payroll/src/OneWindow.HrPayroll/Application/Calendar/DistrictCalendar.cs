using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Calendar;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Calendar;

/// <summary>hr-payroll's copy of the district calendar: the shipped years, with each year's latest loaded version in place of its seed.</summary>
internal static class DistrictCalendar
{
    public static async Task<WorkingDayCalendar> LoadAsync(HrPayrollDbContext db, CancellationToken cancellationToken)
    {
        var loaded = (await db.CalendarYears.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(v => v.Year)
            .Select(g => g.MaxBy(v => v.Version)!.ToYear());
        return WorkingDayCalendar.China.With(loaded);
    }
}
