using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application;

/// <summary>The centre's deliveries for staff: what went to whom, what failed and why; a failed one sent again.</summary>
public sealed class DeliveryUseCases(NotificationDbContext db, IAuditTrail audit, PersonalDataProtector protector, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.ListDeliveriesReply> ListAsync(Contract.ListDeliveriesRequest request, CancellationToken cancellationToken)
    {
        var query = db.Deliveries.AsNoTracking();
        if (request.Status != Contract.DeliveryStatus.Unspecified)
        {
            var status = (DeliveryStatus)((int)request.Status - 1);
            query = query.Where(d => d.Status == status);
        }

        if (request.Channel != Contract.Channel.Unspecified)
        {
            var channel = Mapping.Channel(request.Channel);
            query = query.Where(d => d.Channel == channel);
        }

        if (request.FileId.Length > 0)
        {
            var fileId = Wire.ParseId(request.FileId, "fileId");
            query = query.Where(d => d.FileId == fileId);
        }

        if (request.RecipientId.Length > 0)
        {
            query = query.Where(d => d.RecipientId == request.RecipientId);
        }

        var limit = request.Limit is > 0 and <= 500 ? request.Limit : 100;
        var reply = new Contract.ListDeliveriesReply();
        reply.Deliveries.AddRange((await query.OrderByDescending(d => d.CreatedAt).Take(limit).ToListAsync(cancellationToken))
            .Select(d => Mapping.ToContract(d, protector)));
        return reply;
    }

    public async Task<Contract.Delivery> GetAsync(string deliveryId, CancellationToken cancellationToken) =>
        Mapping.ToContract(await FindAsync(db, deliveryId, cancellationToken), protector);

    public async Task<Contract.Delivery> ResendAsync(string deliveryId, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var failed = await FindAsync(db, deliveryId, cancellationToken);
        if (await db.Deliveries.AnyAsync(d => d.ResentFrom == failed.Id, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-resent", "This delivery was sent again already; resend the newest one if it failed too.", "deliveryId");
        }

        var again = failed.Resend(Guid.CreateVersion7(), caller.Subject, clock.GetUtcNow());
        db.Deliveries.Add(again);
        audit.Record(new AuditEntry("resend", "delivery", failed.Id.ToString(), $"as {again.Id}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbContextTransactions.IsUniqueViolation(exception))
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-resent", "Someone sent this delivery again at the same moment.", "deliveryId");
        }

        return Mapping.ToContract(again, protector);
    }

    public static async Task<Delivery> FindAsync(NotificationDbContext db, string deliveryId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(deliveryId, "deliveryId");
        return await db.Deliveries.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-delivery", "There is no such delivery in this centre.", "deliveryId");
    }
}

/// <summary>
/// The inbox: a resident reads their own app notices (the token's subject is their resident id); staff read what is
/// addressed to them by staff id and to any role they hold. Anything else is "not found", never someone else's.
/// </summary>
public sealed class InboxUseCases(NotificationDbContext db, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.ListInboxReply> ListAsync(Contract.ListInboxRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var mine = Mine(caller);
        var limit = request.Limit is > 0 and <= 200 ? request.Limit : 50;
        var items = await (request.UnreadOnly ? mine.Where(d => d.ReadAt == null) : mine)
            .OrderByDescending(d => d.CreatedAt).Take(limit).ToListAsync(cancellationToken);
        var reply = new Contract.ListInboxReply { Unread = await mine.CountAsync(d => d.ReadAt == null, cancellationToken) };
        reply.Items.AddRange(items.Select(Mapping.ToInboxItem));
        return reply;
    }

    public async Task<Contract.InboxItem> MarkReadAsync(string deliveryId, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var id = Wire.ParseId(deliveryId, "deliveryId");
        var delivery = await Mine(caller).AsTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-delivery", "There is no such notice in your inbox.", "deliveryId");
        delivery.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Mapping.ToInboxItem(delivery);
    }

    private IQueryable<Delivery> Mine(Caller caller)
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

/// <summary>A resident's channels and opt-outs: set by the resident, or by a clerk at the window for them (audited).</summary>
public sealed class PreferenceUseCases(NotificationDbContext db, IAuditTrail audit, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.ResidentPreferences> GetAsync(string residentId, Caller caller, CancellationToken cancellationToken)
    {
        var id = Own(residentId, caller);
        return ToContract(await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.ResidentId == id, cancellationToken) ?? RecipientPreference.Default(id));
    }

    public async Task<Contract.ResidentPreferences> SetAsync(Contract.SetPreferencesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var id = Own(request.ResidentId, caller);
        var preference = await db.Preferences.SingleOrDefaultAsync(p => p.ResidentId == id, cancellationToken);
        if (preference is null)
        {
            preference = RecipientPreference.Default(id);
            db.Preferences.Add(preference);
        }

        preference.Change(request.Sms, request.Letter, request.Locale.Length == 0 ? Domain.Templates.Locales.Chinese : request.Locale, request.OptedOutKinds, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("set-preferences", "resident", id.ToString(),
            $"sms {(preference.Sms ? "on" : "off")}, letter {(preference.Letter ? "on" : "off")}, opted out: {string.Join(",", preference.OptedOutKinds)}"));
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(preference);
    }

    private static Guid Own(string residentId, Caller caller)
    {
        var id = Wire.ParseId(residentId, "residentId");
        return caller.Is(PlatformRoles.Resident) && caller.Subject != id.ToString()
            ? throw new DomainException(DomainErrorKind.Forbidden, "own-preferences-only", "A resident sets their own preferences only.", "residentId")
            : id;
    }

    private static Contract.ResidentPreferences ToContract(RecipientPreference preference)
    {
        var contract = new Contract.ResidentPreferences
        {
            ResidentId = preference.ResidentId.ToString(),
            Sms = preference.Sms,
            Letter = preference.Letter,
            Locale = preference.Locale,
            UpdatedBy = preference.UpdatedBy,
            UpdatedAt = Wire.Instant(preference.UpdatedAt == default ? null : preference.UpdatedAt),
        };
        contract.OptedOutKinds.AddRange(preference.OptedOutKinds);
        return contract;
    }
}
