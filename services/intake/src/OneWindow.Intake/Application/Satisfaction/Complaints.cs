using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Satisfaction;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

/// <summary>
/// Complaints (投诉): recorded by a resident, a window device or staff, announced (complaint-recorded, for
/// performance pay) with the clerk of the ticket complained about; handled once by the director or a head with
/// a reply, never by the clerk it is about. Handling is audited, and so is a refused attempt.
/// </summary>
public sealed class Complaints(IntakeDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Complaint> SubmitAsync(Contract.SubmitComplaintRequest request, Caller caller, CancellationToken cancellationToken)
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

    public async Task<Contract.Complaint> HandleAsync(Contract.HandleComplaintRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var complaint = await FindAsync(request.ComplaintId, cancellationToken);
        try
        {
            complaint.Handle(request.Reply, caller.Subject, clock.GetUtcNow());
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry("handle-complaint", "complaint", complaint.Id.ToString(), refusal.Message), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry("handle-complaint", "complaint", complaint.Id.ToString(), complaint.Reply));
        await db.SaveChangesAsync(cancellationToken);
        return SatisfactionMapping.ToContract(complaint, centre, await TicketNumberAsync(complaint, cancellationToken));
    }

    /// <summary>Staff who handle complaints read any of the centre; a resident reads only their own.</summary>
    public async Task<Contract.Complaint> GetAsync(string complaintId, Caller caller, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(complaintId, cancellationToken);
        var handlers = caller.Is(PlatformRoles.Director) || caller.Is(PlatformRoles.Head) || caller.Is(PlatformRoles.DistrictAdmin);
        if (!handlers && complaint.SubmittedBy != caller.Subject)
        {
            throw NotFound();
        }

        var centre = db.Entry(complaint).Property<string>(TenantOwnership.PropertyName).CurrentValue;
        return SatisfactionMapping.ToContract(complaint, centre, await TicketNumberAsync(complaint, cancellationToken));
    }

    /// <summary>The centre's complaints, newest first (every centre's for the district admin, each with its centre).</summary>
    public async Task<Contract.ComplaintList> ListAsync(Contract.ListComplaintsRequest request, CancellationToken cancellationToken)
    {
        var rows = await db.Complaints.AsNoTracking()
            .OrderByDescending(c => c.SubmittedAt).Take(1000)
            .Select(c => new { Complaint = c, Centre = EF.Property<string>(c, TenantOwnership.PropertyName) })
            .ToListAsync(cancellationToken);
        var ticketIds = rows.Where(r => r.Complaint.TicketId is not null).Select(r => r.Complaint.TicketId!.Value).ToList();
        var numbers = await db.Tickets.AsNoTracking().Where(t => ticketIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Number, cancellationToken);
        var list = new Contract.ComplaintList
        {
            Open = rows.Count(r => r.Complaint.Status == ComplaintStatus.Open),
            Handled = rows.Count(r => r.Complaint.Status == ComplaintStatus.Handled),
        };
        var status = request.Status == Contract.ComplaintStatus.Unspecified ? (ComplaintStatus?)null : (ComplaintStatus)((int)request.Status - 1);
        list.Complaints.AddRange(rows.Where(r => status is null || r.Complaint.Status == status)
            .Select(r => SatisfactionMapping.ToContract(r.Complaint, r.Centre, r.Complaint.TicketId is { } t ? numbers.GetValueOrDefault(t) : null)));
        return list;
    }

    private async Task<Complaint> FindAsync(string complaintId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(complaintId, "complaintId");
        return await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw NotFound();
    }

    private async Task<string?> TicketNumberAsync(Complaint complaint, CancellationToken cancellationToken) =>
        complaint.TicketId is { } id ? await db.Tickets.AsNoTracking().Where(t => t.Id == id).Select(t => t.Number).SingleOrDefaultAsync(cancellationToken) : null;

    private static DomainException NotFound() => new(DomainErrorKind.NotFound, "unknown-complaint", "There is no such complaint in this centre.", "complaintId");
}
