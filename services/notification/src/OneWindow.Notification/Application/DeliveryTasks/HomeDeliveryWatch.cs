using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Privacy;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Application.Sending;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;
using OneWindow.Outbox;

namespace OneWindow.Notification.Application.DeliveryTasks;

/// <summary>
/// Moves home delivery tasks along outside any event's transaction: a new task learns the household's address and
/// grid from intake and goes to that grid's manager (delivery-task-created, and a notice in their inbox); a task past
/// its deadline goes to the head of the grid department, once.
/// </summary>
public sealed partial class HomeDeliveryWatch(IServiceScopeFactory scopes, ContactDirectory contacts, PersonalDataProtector protector, NotificationClock clock, ILogger<HomeDeliveryWatch> logger)
{
    /// <summary>How long a task whose grid has no manager (or whose household intake could not find) waits before it is tried again.</summary>
    public static readonly TimeSpan RetryLocating = TimeSpan.FromMinutes(5);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<string> centres;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            centres = await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().DeliveryTasks
                .Where(t => (t.Status == Domain.HomeDelivery.TaskStatus.Pending && (t.LocateAfter == null || t.LocateAfter <= now))
                    || (t.Status != Domain.HomeDelivery.TaskStatus.Delivered && t.Due <= now && t.EscalatedAt == null))
                .Select(t => EF.Property<string>(t, TenantOwnership.PropertyName)).Distinct().ToListAsync(cancellationToken);
        }

        var changed = 0;
        foreach (var centre in centres)
        {
            changed += await LocateAsync(centre, now, cancellationToken);
            changed += await EscalateAsync(centre, now, cancellationToken);
        }

        return changed;
    }

    private async Task<int> LocateAsync(string centre, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<Guid> pending;
        await using (var scope = CentreScope(centre))
        {
            pending = await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().DeliveryTasks
                .Where(t => t.Status == Domain.HomeDelivery.TaskStatus.Pending && (t.LocateAfter == null || t.LocateAfter <= now))
                .OrderBy(t => t.Due).Select(t => t.Id).Take(100).ToListAsync(cancellationToken);
        }

        foreach (var id in pending)
        {
            await using var scope = CentreScope(centre);
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            var task = await db.DeliveryTasks.SingleAsync(t => t.Id == id, cancellationToken);
            try
            {
                var household = await contacts.HouseholdAsync(centre, task.HouseholdId, $"home delivery {task.Id}", cancellationToken);
                var manager = await db.Staff.AsNoTracking()
                    .Where(s => s.Active && s.Grid == household.Grid && s.Department == Department.Grid)
                    .OrderBy(s => s.StaffId).Select(s => s.StaffId).FirstOrDefaultAsync(cancellationToken);
                task.Locate(household.Grid, protector.Protect(household.Address, PersonalDataPurposes.DeliveryAddress), manager, now);
                if (manager is null)
                {
                    task.StillPending(task.PendingReason!, now + RetryLocating);
                }
                else
                {
                    var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
                    outbox.Add(new DeliveryTaskCreated { OccurredAt = now, Tenant = centre, TaskId = task.Id, FileId = task.FileId, GridManagerStaffId = manager, Due = task.Due });
                    var notify = scope.ServiceProvider.GetRequiredService<Notify>();
                    var values = (await notify.ValuesAsync(cancellationToken)).Text("file_id", task.FileId.ToString()).Text("item_name", task.What).Text("grid", household.Grid).Instant("due", task.Due);
                    await notify.StaffAsync(task.Id, NotificationKinds.DeliveryTaskAssigned, Recipient.Staff(manager), task.FileId, values, cancellationToken);
                }
            }
            catch (RpcException exception)
            {
                LogNotLocated(logger, task.Id, exception.StatusCode);
                task.StillPending(exception.StatusCode == StatusCode.NotFound ? "受理系统中查无此户" : "暂时无法从受理系统取得地址", now + RetryLocating);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return pending.Count;
    }

    private async Task<int> EscalateAsync(string centre, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = CentreScope(centre);
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var notify = scope.ServiceProvider.GetRequiredService<Notify>();
        var overdue = await db.DeliveryTasks.Where(t => t.Status != Domain.HomeDelivery.TaskStatus.Delivered && t.Due <= now && t.EscalatedAt == null)
            .Take(200).ToListAsync(cancellationToken);
        if (overdue.Count == 0)
        {
            return 0;
        }

        var heads = await db.Staff.AsNoTracking().Where(s => s.Active && s.Department == Department.Grid).ToListAsync(cancellationToken);
        var head = heads.Where(s => s.Roles.Contains(PlatformRoles.Head)).Select(s => s.StaffId).Order(StringComparer.Ordinal).FirstOrDefault();
        var recipient = head is null ? Recipient.Role(PlatformRoles.Head) : Recipient.Staff(head);
        foreach (var task in overdue)
        {
            task.Escalate(head ?? PlatformRoles.Head, now);
            var values = (await notify.ValuesAsync(cancellationToken)).Text("file_id", task.FileId.ToString()).Text("item_name", task.What)
                .Text("grid", task.Grid ?? "未定").Instant("due", task.Due).Text("grid_manager", task.GridManagerStaffId);
            // The source is the task and its deadline: escalated once, so one notice.
            await notify.StaffAsync(task.Id, NotificationKinds.DeliveryTaskOverdue, recipient, task.FileId, values, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return overdue.Count;
    }

    private AsyncServiceScope CentreScope(string centre)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        return scope;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Home delivery task {TaskId}: intake did not give the household's address ({Status}); tried again later")]
    private static partial void LogNotLocated(ILogger logger, Guid taskId, StatusCode status);
}
