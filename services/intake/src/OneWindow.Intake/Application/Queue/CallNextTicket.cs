using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

/// <summary>
/// A clerk at an open window calls the next ticket of its type: priority first, then by arrival. Two
/// clerks calling at once never get the same ticket: the row's version decides, the loser takes the next.
/// A window serves one resident at a time: while its ticket is called and not yet come, calling again answers with
/// that ticket (a second press, or a retry whose first answer was lost, calls nobody else; 过号 lets the queue move on);
/// while a resident is being served there, calling is refused until the ticket is finished or transferred.
/// </summary>
public sealed class CallNextTicket(IntakeDbContext db, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Ticket> HandleAsync(string windowNumber, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        await using var connection = await db.OneConnectionAsync(cancellationToken);
        var window = await db.Windows.AsNoTracking().SingleOrDefaultAsync(w => w.Number == windowNumber, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-window", $"There is no window {windowNumber} in this centre.", "number");
        window.RequireClerk(caller.Subject);
        var day = ChinaTime.Today(clock);
        var atWindow = await db.Tickets.AsNoTracking().Where(t => t.Day == day && t.Window == window.Number && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving))
            .OrderByDescending(t => t.CalledAt).FirstOrDefaultAsync(cancellationToken);
        if (atWindow is { Status: TicketStatus.Called })
        {
            return await QueueReader.ToContractAsync(db, atWindow, cancellationToken);
        }

        if (atWindow is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "window-serving", $"Ticket {atWindow.Number} is being served at window {window.Number}: finish or transfer it first.", "number");
        }

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var waiting = await db.Tickets.Where(t => t.Day == day && t.WindowType == window.Type && t.Status == TicketStatus.Waiting)
                .OrderByDescending(t => t.Priority).ThenBy(t => t.QueuedSince).Take(5).ToListAsync(cancellationToken);
            var next = QueueOrder.Of(waiting).FirstOrDefault()
                ?? throw new DomainException(DomainErrorKind.Conflict, "queue-empty", "Nobody is waiting for this window type.", "number");
            var now = clock.GetUtcNow();
            next.Call(window.Number, caller.Subject, now);
            outbox.Add(Called(next, centre, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return await QueueReader.ToContractAsync(db, next, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
            }
        }

        throw new DomainException(DomainErrorKind.Conflict, "queue-busy", "Other windows are calling at the same moment: call again.", "number");
    }

    public static TicketCalled Called(Ticket ticket, string centre, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        Tenant = centre,
        TicketId = ticket.Id,
        Number = ticket.Number,
        WindowType = ticket.WindowType,
        Window = ticket.Window!,
        ClerkStaffId = ticket.ClerkStaffId!,
        WaitedSeconds = ticket.WaitedSeconds,
    };
}
