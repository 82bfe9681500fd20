using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

/// <summary>
/// The window's evaluation device rates the ticket just served there: once, 1-5, with an optional comment. Only the pad
/// the director bound to that window (its token's <c>window</c> claim) rates it: a rating counts for the clerk's pay,
/// so no other device of the centre may give one (`not-this-windows-pad`, audited as denied).
/// </summary>
public sealed class RateService(IntakeDbContext db, IOutbox outbox, IAuditTrail audit, ITenantContext tenant, IOptions<IntakeOptions> options, TimeProvider clock)
{
    public async Task<Contract.Ticket> HandleAsync(string ticketId, int score, string? comment, string? padWindow, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var ticket = await QueueReader.FindAsync(db, ticketId, cancellationToken);
        if (!ticket.WasAtWindow(padWindow))
        {
            const string code = "not-this-windows-pad";
            await audit.RecordDenialAsync(new AuditEntry("rate-ticket", "ticket", ticket.Id.ToString(), code), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, code,
                $"Ticket {ticket.Number} was served at another window: only the rating pad of that window rates it.", "ticketId");
        }

        var now = clock.GetUtcNow();
        ticket.Rate(score, comment, now, options.Value.RatingWindow);

        outbox.Add(new RatingRecorded { OccurredAt = now, Tenant = centre, TicketId = ticket.Id, ClerkStaffId = ticket.ClerkStaffId!, Score = score });
        await db.SaveChangesAsync(cancellationToken);
        return await QueueReader.ToContractAsync(db, ticket, cancellationToken);
    }
}
