using Microsoft.Extensions.Options;
using OneWindow.Events;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

/// <summary>The window's evaluation device rates the ticket just served there: once, 1-5, with an optional comment.</summary>
public sealed class RateService(IntakeDbContext db, IOutbox outbox, ITenantContext tenant, IOptions<IntakeOptions> options, TimeProvider clock)
{
    public async Task<Contract.Ticket> HandleAsync(string ticketId, int score, string? comment, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var ticket = await QueueReader.FindAsync(db, ticketId, cancellationToken);
        var now = clock.GetUtcNow();
        ticket.Rate(score, comment, now, options.Value.RatingWindow);

        outbox.Add(new RatingRecorded { OccurredAt = now, Tenant = centre, TicketId = ticket.Id, ClerkStaffId = ticket.ClerkStaffId!, Score = score });
        await db.SaveChangesAsync(cancellationToken);
        return await QueueReader.ToContractAsync(db, ticket, cancellationToken);
    }
}
