using Microsoft.EntityFrameworkCore;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>
/// A worker's own payslips (我的工资条): those of paid runs (a payslip is issued when the bank has paid it), newest month
/// first, the adjustments of a month beside its regular pay. The worker is the caller: the request names nobody.
/// </summary>
public sealed class OwnPayslips(HrPayrollDbContext db, ITenantContext tenant)
{
    /// <summary>Three years of months, regular and adjustment runs together.</summary>
    private const int Shown = 72;

    public async Task<V1.ListMyPayslipsReply> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var paid = await db.Payslips.AsNoTracking()
            .Where(p => p.StaffId == caller.Subject)
            .Join(db.PayrollRuns.AsNoTracking().Where(r => r.Status == RunStatus.Paid), p => p.RunId, r => r.Id, (p, r) => new { Payslip = p, Run = r })
            .OrderByDescending(x => x.Run.Month).ThenBy(x => x.Run.PreparedAt)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        var reply = new V1.ListMyPayslipsReply();
        reply.Payslips.AddRange(paid.Select(x => new V1.MyPayslip
        {
            RunId = x.Run.Id.ToString(),
            Month = x.Run.Month,
            Kind = x.Run.Kind.ToString().ToLowerInvariant(),
            Payslip = x.Payslip.ToContract(),
        }));
        return reply;
    }
}
