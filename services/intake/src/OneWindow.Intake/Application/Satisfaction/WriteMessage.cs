using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Satisfaction;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

/// <summary>Anyone at the centre writes in its message book (留言簿), about a ticket or not.</summary>
public sealed class WriteMessage(IntakeDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Message> HandleAsync(Contract.WriteMessageRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        Guid? ticketId = request.TicketId is { } text ? (await QueueReader.FindAsync(db, text, cancellationToken)).Id : null;
        var entry = MessageBookEntry.Write(Guid.CreateVersion7(), request.Text, ticketId, caller.Subject, clock.GetUtcNow());
        db.MessageBook.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return SatisfactionMapping.ToContract(entry);
    }
}
