using Microsoft.EntityFrameworkCore;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Inbox;

/// <summary>
/// The inbox: a resident reads their own app notices (the token's subject is their resident id); staff read what is
/// addressed to them by staff id and to any role they hold. Anything else is "not found", never someone else's.
/// </summary>
public sealed class InboxReader(NotificationDbContext db, ITenantContext tenant)
{
    public async Task<Contract.ListInboxReply> ListAsync(Contract.ListInboxRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var mine = Mine(db, caller);
        var limit = request.Limit is > 0 and <= 200 ? request.Limit : 50;
        var items = await (request.UnreadOnly ? mine.Where(d => d.ReadAt == null) : mine)
            .OrderByDescending(d => d.CreatedAt).Take(limit).ToListAsync(cancellationToken);
        var reply = new Contract.ListInboxReply { Unread = await mine.CountAsync(d => d.ReadAt == null, cancellationToken) };
        reply.Items.AddRange(items.Select(InboxMapping.ToInboxItem));
        return reply;
    }

    /// <summary>The caller's own inbox, untracked.</summary>
    public static IQueryable<Delivery> Mine(NotificationDbContext db, Caller caller)
    {
        var inbox = db.Deliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Delivered);
        if (caller.Is(PlatformRoles.Resident))
        {
            return inbox.Where(d => d.Channel == Channel.App && d.RecipientKind == RecipientKind.Resident && d.RecipientId == caller.Subject);
        }

        var roles = caller.Roles.ToList();
        return inbox.Where(d => d.Channel == Channel.StaffInbox
            && ((d.RecipientKind == RecipientKind.Staff && d.RecipientId == caller.Subject) || (d.RecipientKind == RecipientKind.Role && roles.Contains(d.RecipientId))));
    }
}
