using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Deliveries;

/// <summary>The centre's deliveries for staff: what went to whom, what failed and why.</summary>
public sealed class DeliveryReader(NotificationDbContext db, PersonalDataProtector protector)
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
            var channel = ChannelMapping.Channel(request.Channel);
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
            .Select(d => DeliveryMapping.ToContract(d, protector)));
        return reply;
    }

    public async Task<Contract.Delivery> GetAsync(string deliveryId, CancellationToken cancellationToken) =>
        DeliveryMapping.ToContract(await FindAsync(db, deliveryId, cancellationToken), protector);

    public static async Task<Delivery> FindAsync(NotificationDbContext db, string deliveryId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(deliveryId, "deliveryId");
        return await db.Deliveries.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-delivery", "There is no such delivery in this centre.", "deliveryId");
    }
}
