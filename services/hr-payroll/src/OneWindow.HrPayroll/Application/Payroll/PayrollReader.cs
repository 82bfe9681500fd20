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
        var after = PageToken.Parse(request.PageToken);
        var query = db.PayrollRuns.AsNoTracking();
        if (request.Month is { } month)
        {
            query = query.Where(r => r.Month == month);
        }

        var total = await query.CountAsync(cancellationToken);
        if (after is var (at, id))
        {
            var before = Month(at);
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.Month, r.Id), ValueTuple.Create(before, id)));
        }

        // One more than the page says whether another follows.
        var rows = await query.OrderByDescending(r => r.Month).ThenByDescending(r => r.Id).Take(size + 1).ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var reply = new V1.ListRunsReply
        {
            TotalSize = total,
            NextPageToken = rows.Count > size ? PageToken.After(new DateTimeOffset(Wire.FirstDay(page[^1].Month), TimeOnly.MinValue, TimeSpan.Zero), page[^1].Id) : string.Empty,
        };
        reply.Runs.AddRange(page.Select(r => r.ToContract([])));
        return reply;
    }

    private static string Month(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

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
