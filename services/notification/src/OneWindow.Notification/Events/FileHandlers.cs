using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Domain.HomeDelivery;
using OneWindow.Notification.Domain.Reminders;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;
using OneWindow.Notification.Persistence.ReadModels;
using OneWindow.WorkingCalendar;

namespace OneWindow.Notification.Events;

/// <summary>
/// A file's life as the other services announce it, turned into what the resident is told (what to bring, the
/// decision, the result), a home delivery task when the result goes home, and the clock of periodic items.
/// Each runs in the event's inbox transaction: a redelivered event changes nothing.
/// </summary>
public sealed class FileHandlers(NotificationDbContext db, Notify notify, Catalogue catalogue, IWorkingCalendar calendar, IOptions<NotificationOptions> options) :
    IIntegrationEventHandler<ApplicationAccepted>,
    IIntegrationEventHandler<ApplicationReviewed>,
    IIntegrationEventHandler<ApplicationApproved>,
    IIntegrationEventHandler<ApplicationRejected>,
    IIntegrationEventHandler<ApplicationCompleted>
{
    public async Task HandleAsync(ApplicationAccepted accepted, CancellationToken cancellationToken)
    {
        if (await db.Files.AnyAsync(f => f.FileId == accepted.FileId, cancellationToken))
        {
            return;
        }

        db.Files.Add(new FileRecord
        {
            FileId = accepted.FileId,
            ItemCode = accepted.ItemCode,
            ItemVersion = accepted.ItemVersion,
            Kind = accepted.Kind,
            ResidentId = accepted.ResidentId,
            HouseholdId = accepted.HouseholdId,
            DeliveryMethod = accepted.DeliveryMethod,
            AcceptedAt = accepted.OccurredAt,
        });
    }

    public async Task HandleAsync(ApplicationReviewed reviewed, CancellationToken cancellationToken)
    {
        if (reviewed.Outcome == ReviewOutcome.Passed)
        {
            return;
        }

        var file = await db.Files.KnownAsync(reviewed.FileId, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", await catalogue.NameAsync(reviewed.ItemCode, cancellationToken));
        if (reviewed.Outcome == ReviewOutcome.Returned)
        {
            var materials = await catalogue.MaterialNamesAsync(reviewed.ItemCode, reviewed.ItemVersion, reviewed.MissingMaterialCodes, cancellationToken);
            values.List("materials", materials).Count("return_round", Math.Max(reviewed.ReturnRound, 1)).Text("reason", reviewed.Reason);
            await notify.ResidentAsync(reviewed.Id, NotificationKinds.FileReturned, file.ResidentId, file.FileId, values, cancellationToken);
        }
        else
        {
            values.Text("reason", string.IsNullOrWhiteSpace(reviewed.Reason) ? "经初审不符合办理条件" : reviewed.Reason);
            await notify.ResidentAsync(reviewed.Id, NotificationKinds.FileRejected, file.ResidentId, file.FileId, values, cancellationToken);
        }
    }

    public async Task HandleAsync(ApplicationApproved approved, CancellationToken cancellationToken)
    {
        var file = await db.Files.KnownAsync(approved.FileId, cancellationToken);
        var name = await catalogue.NameAsync(approved.ItemCode, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", name).Text("delivery_method", Method(file.DeliveryMethod))
            .Flag("home_delivery", file.DeliveryMethod == DeliveryMethod.HomeDelivery).Text("reason", approved.Reason);
        await notify.ResidentAsync(approved.Id, NotificationKinds.FileApproved, file.ResidentId, file.FileId, values, cancellationToken);
        await HomeDeliveryAsync(file, name, "审批结果（准予）", approved.OccurredAt, cancellationToken);
        await GrantedAsync(file, approved.OccurredAt, cancellationToken);
    }

    public async Task HandleAsync(ApplicationRejected rejected, CancellationToken cancellationToken)
    {
        var file = await db.Files.KnownAsync(rejected.FileId, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", await catalogue.NameAsync(rejected.ItemCode, cancellationToken)).Text("reason", rejected.Reason);
        await notify.ResidentAsync(rejected.Id, NotificationKinds.FileRejected, file.ResidentId, file.FileId, values, cancellationToken);
    }

    public async Task HandleAsync(ApplicationCompleted completed, CancellationToken cancellationToken)
    {
        var file = await db.Files.KnownAsync(completed.FileId, cancellationToken);
        if (completed.Outcome != CompletionOutcome.Granted)
        {
            return;
        }

        await GrantedAsync(file, completed.OccurredAt, cancellationToken);
        if (file.Kind == ItemKind.Instant)
        {
            // Finished at the window, in the resident's hands already.
            return;
        }

        var name = await catalogue.NameAsync(completed.ItemCode, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", name).Text("delivery_method", Method(file.DeliveryMethod));
        await notify.ResidentAsync(completed.Id, NotificationKinds.ResultReady, file.ResidentId, file.FileId, values, cancellationToken);
        await HomeDeliveryAsync(file, name, "办理结果", completed.OccurredAt, cancellationToken);
    }

    public static string Method(DeliveryMethod method) => method switch
    {
        DeliveryMethod.HomeDelivery => "网格员送达上门",
        DeliveryMethod.Post => "邮寄送达",
        DeliveryMethod.Electronic => "电子送达",
        _ => "到中心窗口领取",
    };

    private async Task HomeDeliveryAsync(FileRecord file, string itemName, string what, DateTimeOffset decidedAt, CancellationToken cancellationToken)
    {
        if (file.DeliveryMethod != DeliveryMethod.HomeDelivery || await db.DeliveryTasks.AnyAsync(t => t.FileId == file.FileId, cancellationToken))
        {
            return;
        }

        var due = (await calendar.CurrentAsync(cancellationToken)).DeadlineFor(decidedAt, options.Value.HomeDeliveryWorkingDays);
        db.DeliveryTasks.Add(DeliveryTask.Create(Guid.CreateVersion7(), file.FileId, file.ResidentId, file.HouseholdId, file.ItemCode, $"{itemName} {what}", due, decidedAt));
    }

    private async Task GrantedAsync(FileRecord file, DateTimeOffset grantedAt, CancellationToken cancellationToken)
    {
        if (await catalogue.RecurrenceMonthsAsync(file.ItemCode, cancellationToken) is not { } months)
        {
            return;
        }

        var day = DateOnly.FromDateTime(ChinaTime.ToChina(grantedAt).DateTime);
        var held = await db.PeriodicItems.SingleOrDefaultAsync(p => p.HouseholdId == file.HouseholdId && p.ItemCode == file.ItemCode, cancellationToken);
        if (held is null)
        {
            db.PeriodicItems.Add(PeriodicItem.Grant(Guid.CreateVersion7(), file.HouseholdId, file.ResidentId, file.ItemCode, day, months));
        }
        else
        {
            held.Renew(file.ResidentId, day, months);
        }
    }
}
