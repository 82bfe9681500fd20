using OneWindow.Audit;
using OneWindow.Common.Privacy;
using OneWindow.Events;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Staff;

/// <summary>hr-admin records a worker's last working day (staff-left).</summary>
public sealed class RecordLeaving(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.StaffMember> HandleAsync(V1.RecordLeavingRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var now = clock.GetUtcNow();
        var lastDay = Wire.ParseDay(request.LastDay, "lastDay");
        member.Leave(lastDay, now);
        audit.Record(new AuditEntry("record-leaving", "staff", member.StaffId, Wire.Day(lastDay)));
        outbox.Add(new StaffLeft { OccurredAt = now, Tenant = centre, StaffId = member.StaffId, LastDay = lastDay });
        await db.SaveChangesAsync(cancellationToken);
        return member.ToContract(protector);
    }
}
