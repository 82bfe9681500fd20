using Microsoft.EntityFrameworkCore;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Leave;

/// <summary>Leave as the caller may see it: a worker their own, a head their department's, hr-admin, the director and the district the centre's.</summary>
public sealed class LeaveReader(HrPayrollDbContext db)
{
    public async Task<V1.ListLeaveReply> ListAsync(V1.ListLeaveRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var query = db.Leave.AsNoTracking();
        if (!caller.Roles.Overlaps([PlatformRoles.HrAdmin, PlatformRoles.Director, PlatformRoles.DistrictAdmin, PlatformRoles.Head]))
        {
            query = query.Where(l => l.StaffId == caller.Subject);
        }
        else if (caller.SeesOnlyOwnDepartment)
        {
            var own = (await StaffReader.FindAsync(db, caller.Subject, cancellationToken)).Department;
            query = query.Where(l => l.Department == own);
        }

        if (request.StaffId is { } staffId)
        {
            query = query.Where(l => l.StaffId == staffId);
        }

        if (request.Status != V1.LeaveStatus.Unspecified)
        {
            var status = (LeaveStatus)((int)request.Status - 1);
            query = query.Where(l => l.Status == status);
        }

        var reply = new V1.ListLeaveReply();
        reply.Leave.AddRange((await query.OrderByDescending(l => l.From).Take(500).ToListAsync(cancellationToken)).Select(l => l.ToContract()));
        return reply;
    }
}
