using Microsoft.EntityFrameworkCore;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>Whom a month's regular run pays: everyone on staff some day of the month, devices' accounts aside.</summary>
internal static class PaidStaff
{
    public static async Task<List<StaffMember>> OfMonthAsync(HrPayrollDbContext db, string month, CancellationToken cancellationToken)
    {
        var first = Wire.FirstDay(month);
        var last = Wire.LastDay(month);
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.HiredOn <= last && (s.LastDay == null || s.LastDay >= first))
            .OrderBy(s => s.StaffId).ToListAsync(cancellationToken);
        return [.. staff.Where(s => !s.Roles.SequenceEqual([PlatformRoles.Device]))];
    }
}
