using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application;

/// <summary>
/// Monthly evaluations: computed by hr-admin from the work data counted from events, adjusted within the
/// scale's bound by the worker's department head, awards proposed by rule and confirmed by the director.
/// </summary>
public sealed class PerformanceUseCases(HrPayrollDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.ListEvaluationsReply> EvaluateMonthAsync(string month, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var first = Wire.FirstDay(month);
        var last = Wire.LastDay(month);
        if (first > ChinaTime.Today(clock))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "month-in-future", "A month is evaluated once it has begun.", "month");
        }

        var terms = await ScaleInForceAsync(db, first, cancellationToken);
        var staff = await db.Staff.Where(s => s.HiredOn <= last && (s.LastDay == null || s.LastDay >= first)).ToListAsync(cancellationToken);
        var counts = (await db.WorkCounts.AsNoTracking().Where(c => c.Month == month).ToListAsync(cancellationToken))
            .ToLookup(c => c.StaffId, c => new WorkFigure(c.Metric, c.Count, c.Total), StringComparer.Ordinal);
        var evaluations = await db.Evaluations.Where(e => e.Month == month).ToDictionaryAsync(e => e.StaffId, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var member in staff.Where(s => !s.Roles.SequenceEqual(["device"])))
        {
            if (!evaluations.TryGetValue(member.StaffId, out var evaluation))
            {
                evaluation = Evaluation.Start(member.StaffId, month, member.Department);
                evaluations[member.StaffId] = evaluation;
                db.Evaluations.Add(evaluation);
            }

            evaluation.Compute(terms.WeightsOf(member.Department), [.. counts[member.StaffId]], now);
        }

        var awards = AwardRule.Choose(evaluations.Values);
        foreach (var evaluation in evaluations.Values)
        {
            evaluation.Propose(awards.GetValueOrDefault(evaluation.StaffId, Award.None));
        }

        audit.Record(new AuditEntry("evaluate-month", "evaluations", month));
        await db.SaveChangesAsync(cancellationToken);
        return Reply(evaluations.Values);
    }

    public async Task<V1.ListEvaluationsReply> ListAsync(string month, Caller caller, CancellationToken cancellationToken)
    {
        Wire.FirstDay(month);
        var query = db.Evaluations.AsNoTracking().Where(e => e.Month == month);
        if (caller.SeesOnlyOwnDepartment)
        {
            var own = (await StaffReader.FindAsync(db, caller.Subject, cancellationToken)).Department;
            query = query.Where(e => e.Department == own);
        }

        return Reply(await query.ToListAsync(cancellationToken));
    }

    public async Task<V1.Evaluation> AdjustAsync(V1.AdjustEvaluationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var evaluation = await FindForHeadAsync(request.Month, request.StaffId, caller, "adjust-evaluation", cancellationToken);
        var terms = await ScaleInForceAsync(db, Wire.FirstDay(request.Month), cancellationToken);
        evaluation.Adjust(Wire.ParseNumber(request.Points, "points", "-2.5"), request.Reason, terms.AdjustmentBound, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("adjust-evaluation", "evaluation", $"{request.StaffId}/{request.Month}", $"{request.Points}: {request.Reason}"));
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.ToContract();
    }

    public async Task<V1.Evaluation> RecordDeductionAsync(V1.RecordDeductionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var evaluation = await FindForHeadAsync(request.Month, request.StaffId, caller, "record-deduction", cancellationToken);
        evaluation.RecordDeduction(Wire.ParseNumber(request.Amount, "amount", "50.00"), request.Reason);
        audit.Record(new AuditEntry("record-deduction", "evaluation", $"{request.StaffId}/{request.Month}", $"{request.Amount}: {request.Reason}"));
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.ToContract();
    }

    public async Task<V1.Evaluation> ConfirmAwardAsync(V1.ConfirmAwardRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var evaluation = await FindAsync(request.Month, request.StaffId, cancellationToken);
        evaluation.ConfirmAward(caller.Subject);
        audit.Record(new AuditEntry("confirm-award", "evaluation", $"{request.StaffId}/{request.Month}", evaluation.Award.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.ToContract();
    }

    public static async Task<PayScaleTerms> ScaleInForceAsync(HrPayrollDbContext db, DateOnly on, CancellationToken cancellationToken) =>
        PayScaleVersion.InForce(await db.PayScales.AsNoTracking().ToListAsync(cancellationToken), on)?.Terms
        ?? throw new DomainException(DomainErrorKind.RuleViolated, "no-pay-scale", "No version of the pay scale is in force for that month.", "month");

    private async Task<Evaluation> FindForHeadAsync(string month, string staffId, Caller caller, string action, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var evaluation = await FindAsync(month, staffId, cancellationToken);
        var head = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.StaffId == caller.Subject, cancellationToken);
        if (head is null || !head.IsHeadOf(evaluation.Department) || caller.Subject == staffId)
        {
            var refusal = new DomainException(DomainErrorKind.Forbidden, "not-department-head", "Only the head of the worker's department adjusts their evaluation, never their own.", "staffId");
            await audit.RecordDenialAsync(new AuditEntry(action, "evaluation", $"{staffId}/{month}", refusal.Message), cancellationToken);
            throw refusal;
        }

        return evaluation;
    }

    private async Task<Evaluation> FindAsync(string month, string staffId, CancellationToken cancellationToken)
    {
        Wire.FirstDay(month);
        return await db.Evaluations.SingleOrDefaultAsync(e => e.Month == month && e.StaffId == staffId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-evaluation", "There is no evaluation of that worker for that month in this centre.", "staffId");
    }

    private static V1.ListEvaluationsReply Reply(IEnumerable<Evaluation> evaluations)
    {
        var reply = new V1.ListEvaluationsReply();
        reply.Evaluations.AddRange(evaluations.OrderBy(e => e.StaffId, StringComparer.Ordinal).Select(e => e.ToContract()));
        return reply;
    }
}
