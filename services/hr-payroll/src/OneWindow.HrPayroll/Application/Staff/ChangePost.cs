using OneWindow.Audit;
using OneWindow.Common.Privacy;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Staff;

/// <summary>hr-admin moves a worker to another post: department, roles, grid, placement on the scale, title (staff-changed).</summary>
public sealed class ChangePost(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.StaffMember> HandleAsync(V1.ChangePostRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var now = clock.GetUtcNow();
        member.ChangePost(request.Department.ToDomain(), request.Roles, request.Grid, request.CommunityWorker, new Placement(request.Tier, request.Grade), request.Title.ToDomain(), now);
        audit.Record(new AuditEntry("change-post", "staff", member.StaffId, $"{member.Department} tier {(int)member.Tier} grade {member.Grade}"));
        outbox.Add(StaffEvents.Changed(member, centre, now));
        await db.SaveChangesAsync(cancellationToken);
        return member.ToContract(protector);
    }
}
