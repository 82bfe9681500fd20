using OneWindow.Audit;
using OneWindow.Common.Privacy;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Staff;

/// <summary>hr-admin sets the items a worker holds as A, as B (AB角) and knows (skills-changed).</summary>
public sealed class SetSkills(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.StaffMember> HandleAsync(V1.SetSkillsRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var now = clock.GetUtcNow();
        member.SetSkills(request.ItemsAsA, request.ItemsAsB, request.ItemsKnown, now);
        audit.Record(new AuditEntry("set-skills", "staff", member.StaffId));
        outbox.Add(StaffEvents.SkillsChanged(member, centre, now));
        await db.SaveChangesAsync(cancellationToken);
        return member.ToContract(protector);
    }
}
