using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// A policy officer pays a suspended benefit again, stating why (the review was done on paper, the suspension was a
/// mistake): audited with the reason, and the household holds the benefit again (benefit-granted). An ended benefit
/// is not reinstated: it restarts with a new approval.
/// </summary>
public sealed class ReinstateBenefit(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, DisbursementReader reader, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Schedule> HandleAsync(ReinstateBenefitRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var household = Wire.ParseId(request.HouseholdId, "householdId");
        var schedule = await db.DisbursementSchedules.SingleOrDefaultAsync(s => s.HouseholdId == household && s.ItemCode == request.ItemCode, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-schedule", "This household has no schedule for that item in this centre.", "itemCode");
        var now = clock.GetUtcNow();
        schedule.Reinstate(ChinaTime.Today(clock));
        audit.Record(new AuditEntry("reinstate-benefit", "benefit", $"{schedule.HouseholdId}/{schedule.ItemCode}", request.Reason.Trim()));
        outbox.Add(new BenefitGranted { OccurredAt = now, Tenant = centre, HouseholdId = household, ItemCode = schedule.ItemCode, FileId = schedule.FileId, MonthlyAmount = schedule.MonthlyAmount });
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ScheduleAsync(schedule, cancellationToken);
    }
}
