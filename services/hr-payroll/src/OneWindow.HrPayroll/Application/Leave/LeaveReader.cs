using Microsoft.EntityFrameworkCore;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Leave;

/// <summary>Leave as the caller may see it: a worker their own, a head their department's, hr-admin, the director and the district the centre's.</summary>
public sealed class LeaveReader(HrPayrollDbContext db)
{
    /// <summary>
    /// A page of the leave the filters give, the latest start first (docs/adr/0021), with how much there is in all.
    /// The token carries the start day as its instant (midnight UTC), the day being what the list is ordered by.
    /// </summary>
    public async Task<V1.ListLeaveReply> ListAsync(V1.ListLeaveRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.ParseDay(request.PageToken);
        var overlapsFrom = Wire.OptionalDay(request.OverlapsFrom, "overlapsFrom");
        var overlapsTo = Wire.OptionalDay(request.OverlapsTo, "overlapsTo");
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

        if (overlapsFrom is { } from)
        {
            query = query.Where(l => l.To >= from);
        }

        if (overlapsTo is { } to)
        {
            query = query.Where(l => l.From <= to);
        }

        var total = await query.CountAsync(cancellationToken);
        if (after is var (day, id))
        {
            query = query.Where(l => EF.Functions.LessThan(ValueTuple.Create(l.From, l.Id), ValueTuple.Create(day, id)));
        }

        var page = await query.OrderByDescending(l => l.From).ThenByDescending(l => l.Id)
            .ReadPageAsync(size, l => PageToken.After(l.From, l.Id), cancellationToken);
        var reply = new V1.ListLeaveReply { TotalSize = total, NextPageToken = page.NextPageToken };
        reply.Leave.AddRange(page.Rows.Select(l => l.ToContract()));
        return reply;
    }
}
