using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.Review.Application.Catalogue;
using OneWindow.Review.Application.Files;
using OneWindow.Review.Domain.Joint;
using OneWindow.Review.Persistence;
using OneWindow.WorkingCalendar;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Joint;

/// <summary>
/// Joint items (外部会同办件): the reviewer holding the file sends it to every outside department the
/// item names, with the reply date asked for (joint-request-sent each). The file passes only once every
/// department has replied.
/// </summary>
public sealed class SendJointRequests(ReviewDbContext db, CatalogueReader catalogue, IAuditTrail audit, IOutbox outbox, IWorkingCalendar calendar, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.ReviewFile> HandleAsync(Contract.SendJointRequestsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var file = await FileReader.FindAsync(db, request.FileId, cancellationToken);
        var replyDue = request.ReplyDue is { } text ? Wire.ParseDay(text, "replyDue") : (DateOnly?)null;
        var departments = await db.JointDepartments.AsNoTracking().Where(d => d.ItemCode == file.ItemCode).OrderBy(d => d.Department).ToListAsync(cancellationToken);
        var sent = await db.JointRequests.AnyAsync(r => r.FileId == file.FileId, cancellationToken);
        var now = clock.GetUtcNow();
        var workingDays = await calendar.CurrentAsync(cancellationToken);
        IReadOnlyList<JointRequest> requests;
        try
        {
            requests = JointRequest.SendAll(file, departments, sent, caller.Subject, now, replyDue, workingDays);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry("send-joint-requests", "file", file.FileId.ToString(), refusal.Code), cancellationToken);
            throw;
        }

        foreach (var joint in requests)
        {
            db.JointRequests.Add(joint);
            outbox.Add(new JointRequestSent { OccurredAt = now, Tenant = centre, FileId = file.FileId, OutsideDepartment = joint.Department, ReplyDue = joint.ReplyDue });
        }

        audit.Record(new AuditEntry("send-joint-requests", "file", file.FileId.ToString(), string.Join("、", requests.Select(r => $"{r.Department}（{Wire.Day(r.ReplyDue)}前答复）"))));
        await db.SaveChangesAsync(cancellationToken);
        return file.ToContract(now, await catalogue.FindAsync(file.ItemCode, file.ItemVersion, cancellationToken), requests);
    }
}
