using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Performance;

/// <summary>
/// Finds a worker's evaluation of a month in this centre, and lets only the head of the worker's department change it,
/// never their own; a refusal is written to the audit trail as denied.
/// </summary>
public sealed class EvaluationAccess(HrPayrollDbContext db, IAuditTrail audit)
{
    public async Task<Evaluation> FindAsync(string month, string staffId, CancellationToken cancellationToken)
    {
        Wire.FirstDay(month);
        return await db.Evaluations.SingleOrDefaultAsync(e => e.Month == month && e.StaffId == staffId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-evaluation", "There is no evaluation of that worker for that month in this centre.", "staffId");
    }

    public async Task<Evaluation> FindForHeadAsync(string month, string staffId, Caller caller, string action, CancellationToken cancellationToken)
    {
        var evaluation = await FindAsync(month, staffId, cancellationToken);
        var head = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.StaffId == caller.Subject, cancellationToken);
        if (head is null || !head.IsHeadOf(evaluation.Department) || caller.Subject == staffId)
        {
            var refusal = new DomainException(DomainErrorKind.Forbidden, "not-department-head", "Only the head of the worker's department adjusts their evaluation, never their own.", "staffId");
            await audit.RecordDenialAsync(new AuditEntry(action, "evaluation", $"{staffId}/{month}", refusal.Code), cancellationToken);
            throw refusal;
        }

        return evaluation;
    }
}
