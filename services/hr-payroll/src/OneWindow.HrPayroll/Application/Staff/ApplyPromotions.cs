using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Staff;

/// <summary>
/// hr-admin applies the scale's promotion rule once, as of a day: one grade step for each worker whose years and last
/// twelve months' evaluations earn it (staff-changed for each); the reply lists those promoted.
/// </summary>
public sealed class ApplyPromotions(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.ListStaffReply> HandleAsync(V1.ApplyPromotionsRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var asOf = Wire.ParseDay(request.AsOf, "asOf");
        var scale = PayScaleVersion.InForce(await db.PayScales.AsNoTracking().ToListAsync(cancellationToken), asOf)
            ?? throw new DomainException(DomainErrorKind.RuleViolated, "no-pay-scale", "No version of the pay scale is in force on that day.", "asOf");
        var months = Enumerable.Range(1, 12).Select(m => asOf.AddMonths(-m).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var averages = (await db.Evaluations.AsNoTracking().Where(e => months.Contains(e.Month)).Select(e => new { e.StaffId, e.FinalScore }).ToListAsync(cancellationToken))
            .GroupBy(e => e.StaffId).ToDictionary(g => g.Key, g => g.Average(e => e.FinalScore), StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var promoted = new List<StaffMember>();
        foreach (var member in await db.Staff.Where(s => s.LastDay == null || s.LastDay >= asOf).ToListAsync(cancellationToken))
        {
            var grade = scale.Terms.Promotion.NextGrade(member.Grade, member.HiredOn, asOf, averages.TryGetValue(member.StaffId, out var average) ? average : null);
            if (member.Promote(grade, now))
            {
                promoted.Add(member);
                audit.Record(new AuditEntry("promote", "staff", member.StaffId, $"grade {grade - 1} → {grade}, average {average:0.0}"));
                outbox.Add(StaffEvents.Changed(member, centre, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var reply = new V1.ListStaffReply();
        reply.Staff.AddRange(promoted.Select(m => m.ToContract(protector)));
        return reply;
    }
}
