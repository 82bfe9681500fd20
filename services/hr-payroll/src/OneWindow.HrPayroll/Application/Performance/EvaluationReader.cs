using Microsoft.EntityFrameworkCore;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Performance;

/// <summary>A month's evaluations: the centre's for hr-admin, the director and the district, a head's department's for a head.</summary>
public sealed class EvaluationReader(HrPayrollDbContext db)
{
    public async Task<V1.ListEvaluationsReply> ListAsync(string month, Caller caller, CancellationToken cancellationToken)
    {
        Wire.FirstDay(month);
        var query = db.Evaluations.AsNoTracking().Where(e => e.Month == month);
        if (caller.SeesOnlyOwnDepartment)
        {
            var own = (await StaffReader.FindAsync(db, caller.Subject, cancellationToken)).Department;
            query = query.Where(e => e.Department == own);
        }

        return (await query.ToListAsync(cancellationToken)).ToReply();
    }
}
