using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.Review.Application.Catalogue;
using OneWindow.Review.Application.Files;
using OneWindow.Review.Persistence;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Joint;

/// <summary>
/// The reply of an outside department to a joint request (joint-reply-received), recorded by the reviewer
/// holding the file.
/// </summary>
public sealed class RecordJointReply(ReviewDbContext db, CatalogueReader catalogue, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.ReviewFile> HandleAsync(Contract.RecordJointReplyRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var file = await FileReader.FindAsync(db, request.FileId, cancellationToken);
        var requestId = Wire.ParseId(request.RequestId, "requestId");
        var joint = await db.JointRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.FileId == file.FileId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-joint-request", "This file has no such joint request.", "requestId");
        try
        {
            file.RequireHolder(caller.Subject);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry("record-joint-reply", "file", file.FileId.ToString(), refusal.Code), cancellationToken);
            throw;
        }

        var now = clock.GetUtcNow();
        joint.RecordReply(request.Reply, caller.Subject, now);
        outbox.Add(new JointReplyReceived { OccurredAt = now, Tenant = centre, FileId = file.FileId, OutsideDepartment = joint.Department });
        audit.Record(new AuditEntry("record-joint-reply", "file", file.FileId.ToString(), $"{joint.Department}：{joint.Reply}"));
        await db.SaveChangesAsync(cancellationToken);
        var requests = await db.JointRequests.AsNoTracking().Where(r => r.FileId == file.FileId).OrderBy(r => r.Department).ToListAsync(cancellationToken);
        return file.ToContract(now, await catalogue.FindAsync(file.ItemCode, file.ItemVersion, cancellationToken), requests);
    }
}
