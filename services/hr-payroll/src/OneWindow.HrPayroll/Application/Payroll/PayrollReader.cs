using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>A centre's payroll runs, and one run with its payslips.</summary>
public sealed class PayrollReader(HrPayrollDbContext db)
{
    /// <summary>
    /// A page of the centre's runs (of one month, when asked), the latest month first (docs/adr/0021), with how many
    /// there are in all. The token carries the month as its first instant (midnight UTC), the month being what the list
    /// is ordered by; within a month the ids, made in the order the runs were prepared, put the latest first.
    /// </summary>
    public async Task<V1.ListRunsReply> ListAsync(V1.ListRunsRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.ParseDay(request.PageToken);
        var query = db.PayrollRuns.AsNoTracking();
        if (request.Month is { } month)
        {
            query = query.Where(r => r.Month == month);
        }

        var total = await query.CountAsync(cancellationToken);
        if (after is var (day, id))
        {
            var before = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.Month, r.Id), ValueTuple.Create(before, id)));
        }

        var page = await query.OrderByDescending(r => r.Month).ThenByDescending(r => r.Id)
            .ReadPageAsync(size, r => PageToken.After(Wire.FirstDay(r.Month), r.Id), cancellationToken);
        var reply = new V1.ListRunsReply { TotalSize = total, NextPageToken = page.NextPageToken };
        reply.Runs.AddRange(page.Rows.Select(r => r.ToContract([])));
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
