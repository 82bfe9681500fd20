using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>A centre's payroll runs, and one run with its payslips.</summary>
public sealed class PayrollReader(HrPayrollDbContext db)
{
    public async Task<V1.ListRunsReply> ListAsync(string? month, CancellationToken cancellationToken)
    {
        var query = db.PayrollRuns.AsNoTracking();
        if (month is not null)
        {
            query = query.Where(r => r.Month == month);
        }

        var reply = new V1.ListRunsReply();
        reply.Runs.AddRange((await query.OrderByDescending(r => r.Month).ThenBy(r => r.PreparedAt).Take(200).ToListAsync(cancellationToken)).Select(r => r.ToContract([])));
        return reply;
    }

    public async Task<V1.PayrollRun> GetAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await FindAsync(db, runId, cancellationToken);
        var payslips = await db.Payslips.AsNoTracking().Where(p => p.RunId == run.Id).OrderBy(p => p.StaffId).ToListAsync(cancellationToken);
        return run.ToContract(payslips);
    }

    public static async Task<PayrollRun> FindAsync(HrPayrollDbContext db, string runId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(runId, "runId");
        return await db.PayrollRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-run", "There is no such payroll run in this centre.", "runId");
    }
}
