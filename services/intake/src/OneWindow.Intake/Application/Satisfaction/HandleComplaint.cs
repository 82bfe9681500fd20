using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

/// <summary>
/// A complaint is handled once by the director or a head with a reply, never by the clerk it is about. Handling
/// is audited, and so is a refused attempt.
/// </summary>
public sealed class HandleComplaint(IntakeDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Complaint> HandleAsync(Contract.HandleComplaintRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var complaint = await ComplaintReader.FindAsync(db, request.ComplaintId, cancellationToken);
        try
        {
            complaint.Handle(request.Reply, caller.Subject, clock.GetUtcNow());
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry("handle-complaint", "complaint", complaint.Id.ToString(), refusal.Code), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry("handle-complaint", "complaint", complaint.Id.ToString(), complaint.Reply));
        await db.SaveChangesAsync(cancellationToken);
        return SatisfactionMapping.ToContract(complaint, centre, await ComplaintReader.TicketNumberAsync(db, complaint, cancellationToken));
    }
}
