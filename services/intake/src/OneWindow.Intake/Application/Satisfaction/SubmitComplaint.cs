using OneWindow.Events;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Satisfaction;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

/// <summary>
/// A complaint (投诉) recorded by a resident, a window device or staff, announced (complaint-recorded, for
/// performance pay) with the clerk of the ticket complained about.
/// </summary>
public sealed class SubmitComplaint(IntakeDbContext db, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Complaint> HandleAsync(Contract.SubmitComplaintRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        Domain.Queue.Ticket? ticket = request.TicketId is { } text ? await QueueReader.FindAsync(db, text, cancellationToken) : null;
        var source = request.Source == Contract.ComplaintSource.Unspecified
            ? caller.Is(PlatformRoles.Resident) ? ComplaintSource.Online : caller.Is(PlatformRoles.Device) ? ComplaintSource.Device : ComplaintSource.InPerson
            : SatisfactionMapping.ToDomain(request.Source);
        var now = clock.GetUtcNow();
        var complaint = Complaint.Record(Guid.CreateVersion7(), SatisfactionMapping.ToDomain(request.Category), source, request.Text, ticket?.Id, ticket?.ClerkStaffId, caller.Subject, now);
        db.Complaints.Add(complaint);
        outbox.Add(new ComplaintRecorded
        {
            OccurredAt = now,
            Tenant = centre,
            ComplaintId = complaint.Id,
            TicketId = complaint.TicketId,
            ClerkStaffId = complaint.ClerkStaffId,
            Category = SatisfactionMapping.Code(complaint.Category),
        });
        await db.SaveChangesAsync(cancellationToken);
        return SatisfactionMapping.ToContract(complaint, centre, ticket?.Number);
    }
}
