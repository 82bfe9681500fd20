using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Intake.Application.Centres;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

/// <summary>
/// The kiosk issues a numbered ticket for a window type, while the centre is open and a window of that type is. A clerk
/// may issue one for a resident who cannot use the kiosk; the ticket then names the clerk (docs/adr/0031).
/// </summary>
public sealed class IssueTicket(IntakeDbContext db, TicketNumbering numbering, IOutbox outbox, ITenantContext tenant, CentreHours hours, TimeProvider clock)
{
    public async Task<Contract.Ticket> HandleAsync(WindowType type, bool priority, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        await using var connection = await db.OneConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var local = ChinaTime.ToChina(now);
        var opening = await hours.OfAsync(centre, cancellationToken);
        if (!opening.IsOpenAt(TimeOnly.FromDateTime(local.DateTime)))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "centre-closed", $"The centre is closed now (open {opening}).", "windowType");
        }

        if (!await db.Windows.AnyAsync(w => w.Type == type && w.Open, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "window-type-closed", "No window of this type is open now.", "windowType");
        }

        var issuedByStaff = caller.Is(PlatformRoles.Device) ? null : caller.Subject;
        var ticket = await IssueAsync(centre, type, priority, now, null, null, issuedByStaff, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await QueueReader.ToContractAsync(db, ticket, cancellationToken);
    }

    /// <summary>Numbers and stages a ticket (also for transfers, which keep their time of arrival).</summary>
    public async Task<Ticket> IssueAsync(string centre, WindowType type, bool priority, DateTimeOffset now, DateTimeOffset? queuedSince, Guid? transferredFrom, string? issuedByStaff, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(ChinaTime.ToChina(now).DateTime);
        var sequence = await numbering.NextAsync(centre, day, type, async () =>
            await db.Tickets.Where(t => t.Day == day && t.WindowType == type).MaxAsync(t => (int?)t.Sequence, cancellationToken) ?? 0);
        var ticket = Ticket.Issue(Guid.CreateVersion7(), day, type, sequence, priority, now, queuedSince, transferredFrom, issuedByStaff);
        db.Tickets.Add(ticket);
        outbox.Add(new TicketIssued { OccurredAt = now, Tenant = centre, TicketId = ticket.Id, Number = ticket.Number, WindowType = type });
        return ticket;
    }
}
