using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
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
