using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.DeliveryTasks;

/// <summary>
/// Home delivery tasks (送达) as they are watched: a grid manager sees their own; heads, directors and district
/// admins see the centre's. Addresses are shown in full only to the grid manager who delivers.
/// </summary>
public sealed class DeliveryTaskReader(NotificationDbContext db, DeliveryTaskAccess access, PersonalDataProtector protector, NotificationClock clock)
{
    /// <summary>A page of the tasks the filters give, the soonest due first (docs/adr/0021), with how many there are in all.</summary>
    public async Task<Contract.ListDeliveryTasksReply> ListAsync(Contract.ListDeliveryTasksRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var now = clock.GetUtcNow();
        var query = db.DeliveryTasks.AsNoTracking();
        if (!Oversees(caller))
        {
            query = query.Where(t => t.GridManagerStaffId == caller.Subject);
        }

        if (request.OpenOnly || request.OverdueOnly)
        {
            query = query.Where(t => t.Status != Domain.HomeDelivery.TaskStatus.Delivered);
        }

        if (request.OverdueOnly)
        {
            query = query.Where(t => t.Due <= now);
        }

        var total = await query.CountAsync(cancellationToken);
        if (after is var (due, id))
        {
            query = query.Where(t => EF.Functions.GreaterThan(ValueTuple.Create(t.Due, t.Id), ValueTuple.Create(due, id)));
        }

        var page = await query.OrderBy(t => t.Due).ThenBy(t => t.Id)
            .ReadPageAsync(size, t => PageToken.After(t.Due, t.Id), cancellationToken);
        var reply = new Contract.ListDeliveryTasksReply { TotalSize = total, NextPageToken = page.NextPageToken };
        reply.Tasks.AddRange(page.Rows.Select(t => DeliveryTaskMapping.ToContract(t, caller, now, protector)));
        return reply;
    }

    public async Task<Contract.DeliveryTask> GetAsync(string taskId, Caller caller, CancellationToken cancellationToken)
    {
        var task = await access.FindAsync(taskId, cancellationToken);
        return !Oversees(caller) && task.GridManagerStaffId != caller.Subject
            ? throw new DomainException(DomainErrorKind.NotFound, "unknown-task", "There is no such delivery task of yours.", "taskId")
            : DeliveryTaskMapping.ToContract(task, caller, clock.GetUtcNow(), protector);
    }

    private static bool Oversees(Caller caller) => caller.Is(PlatformRoles.Head) || caller.Is(PlatformRoles.Director) || caller.Is(PlatformRoles.DistrictAdmin);
}
