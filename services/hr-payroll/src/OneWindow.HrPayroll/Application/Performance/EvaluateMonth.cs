using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.Application.PayScales;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Performance;

/// <summary>
/// hr-admin (re)computes a month's evaluations (绩效考核) from the work data counted from events so far, by the
/// department weights of the scale in force, and the rule proposes the month's awards.
/// </summary>
public sealed class EvaluateMonth(HrPayrollDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.ListEvaluationsReply> HandleAsync(string month, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var first = Wire.FirstDay(month);
        var last = Wire.LastDay(month);
        if (first > ChinaTime.Today(clock))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "month-in-future", "A month is evaluated once it has begun.", "month");
        }

        var terms = (await PayScaleReader.InForceForMonthAsync(db, first, cancellationToken)).Terms;
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
        return evaluations.Values.ToReply();
    }
}
