using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

/// <summary>What a clerk does with the ticket at their window: recall, no-show, start, finish, transfer.</summary>
public sealed class ServeTicket(IntakeDbContext db, IssueTicket issue, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public Task<Contract.Ticket> RecallAsync(string ticketId, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, (ticket, centre, now) =>
        {
            ticket.Recall(caller.Subject);
            outbox.Add(CallNextTicket.Called(ticket, centre, now));
        }, cancellationToken);

    public Task<Contract.Ticket> MarkNoShowAsync(string ticketId, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, (ticket, _, now) => ticket.MarkNoShow(caller.Subject, now), cancellationToken);

    public async Task<Contract.Ticket> StartAsync(string ticketId, string? residentId, Caller caller, CancellationToken cancellationToken)
    {
        Guid? resident = residentId is null ? null : Wire.ParseId(residentId, "residentId");
        if (resident is { } id && !await db.Residents.AnyAsync(r => r.Id == id, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.NotFound, "unknown-resident", "There is no such resident in this centre.", "residentId");
        }

        return await ChangeAsync(ticketId, (ticket, _, now) => ticket.StartService(caller.Subject, resident, now), cancellationToken);
    }

    public Task<Contract.Ticket> FinishAsync(string ticketId, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(ticketId, (ticket, centre, now) =>
        {
            ticket.Finish(caller.Subject, now);
            outbox.Add(new TicketServed
            {
                OccurredAt = now,
                Tenant = centre,
                TicketId = ticket.Id,
                WindowType = ticket.WindowType,
                Window = ticket.Window!,
                ClerkStaffId = ticket.ClerkStaffId!,
                WaitedSeconds = ticket.WaitedSeconds,
                ServedSeconds = ticket.ServedSeconds,
                IssuedByStaff = ticket.IssuedByStaff is not null,
            });
        }, cancellationToken);

    public async Task<Contract.Ticket> TransferAsync(string ticketId, WindowType to, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var ticket = await QueueReader.FindAsync(db, ticketId, cancellationToken);
        var now = clock.GetUtcNow();
        ticket.TransferAway(caller.Subject, to, now);
        var moved = await issue.IssueAsync(centre, to, ticket.Priority, now, ticket.QueuedSince, ticket.Id, ticket.IssuedByStaff, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var contract = await QueueReader.ToContractAsync(db, ticket, cancellationToken);
        contract.TransferredTo = moved.Id.ToString();
        return contract;
    }

    private async Task<Contract.Ticket> ChangeAsync(string ticketId, Action<Ticket, string, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var ticket = await QueueReader.FindAsync(db, ticketId, cancellationToken);
        change(ticket, centre, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await QueueReader.ToContractAsync(db, ticket, cancellationToken);
    }
}
