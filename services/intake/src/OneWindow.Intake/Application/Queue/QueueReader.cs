using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Centres;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

/// <summary>Tickets and the live state of a centre's queue.</summary>
public sealed class QueueReader(IntakeDbContext db, ITenantContext tenant, CentreHours hours, IOptions<IntakeOptions> options, TimeProvider clock)
{
    public static async Task<Ticket> FindAsync(IntakeDbContext db, string ticketId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(ticketId, "ticketId");
        return await db.Tickets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-ticket", "There is no such ticket in this centre.", "ticketId");
    }

    public async Task<Contract.Ticket> GetAsync(string ticketId, CancellationToken cancellationToken) =>
        await ToContractAsync(db, await FindAsync(db, ticketId, cancellationToken), cancellationToken);

    public static async Task<Contract.Ticket> ToContractAsync(IntakeDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        var contract = QueueMapping.ToContract(ticket);
        if (ticket.Status == TicketStatus.Waiting)
        {
            // Counted in the database in QueueOrder's order (priority, then arrival, then number): a busy day's queue is not read to count it.
            contract.Ahead = await db.Tickets.CountAsync(
                t => t.Day == ticket.Day && t.WindowType == ticket.WindowType && t.Status == TicketStatus.Waiting && t.Id != ticket.Id
                     && ((t.Priority && !ticket.Priority)
                         || (t.Priority == ticket.Priority
                             && (t.QueuedSince < ticket.QueuedSince || (t.QueuedSince == ticket.QueuedSince && t.Sequence < ticket.Sequence)))),
                cancellationToken);
        }

        return contract;
    }

    /// <summary>Every window of the centre with its ticket now and its last finished one, the day's latest calls, the queues.</summary>
    public async Task<Contract.Hall> HallAsync(CancellationToken cancellationToken)
    {
        const int RecentCalls = 10;
        var day = ChinaTime.Today(clock);
        var windows = await db.Windows.AsNoTracking().OrderBy(w => w.Number).ToListAsync(cancellationToken);
        var atWindows = await db.Tickets.AsNoTracking()
            .Where(t => t.Day == day && t.Window != null && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving || t.Status == TicketStatus.Served))
            .ToListAsync(cancellationToken);
        var hall = new Contract.Hall { Day = Wire.Day(day) };
        foreach (var window in windows)
        {
            var entry = new Contract.HallWindow
            {
                Number = window.Number,
                Type = QueueMapping.ToContract(window.Type),
                Open = window.Open,
                ClerkStaffId = window.ClerkStaffId ?? string.Empty,
            };
            if (atWindows.Where(t => t.Window == window.Number && t.Status != TicketStatus.Served).MaxBy(t => t.CalledAt) is { } current)
            {
                entry.Current = QueueMapping.ToContract(current);
            }

            if (atWindows.Where(t => t.Window == window.Number && t.Status == TicketStatus.Served).MaxBy(t => t.FinishedAt) is { } served)
            {
                entry.LastServed = QueueMapping.ToContract(served);
            }

            hall.Windows.Add(entry);
        }

        hall.RecentCalls.AddRange(atWindows.Where(t => t.CalledAt is not null).OrderByDescending(t => t.CalledAt).Take(RecentCalls)
            .Select(t => new Contract.HallCall { TicketId = t.Id.ToString(), Number = t.Number, Window = t.Window!, CalledAt = Wire.Instant(t.CalledAt!.Value) }));
        hall.Queues.AddRange((await StateAsync(cancellationToken)).Queues);
        return hall;
    }

    public async Task<Contract.QueueState> StateAsync(CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var day = ChinaTime.Today(clock);
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.Day == day)
            .Select(t => new { t.WindowType, t.Status, t.QueuedSince, t.CalledAt })
            .ToListAsync(cancellationToken);
        var openWindows = await db.Windows.CountAsync(w => w.Open, cancellationToken);
        var state = new Contract.QueueState
        {
            Day = Wire.Day(day),
            OpenWindows = openWindows,
            OpenNow = (await hours.OfAsync(centre, cancellationToken)).IsOpenAt(TimeOnly.FromDateTime(ChinaTime.ToChina(now).DateTime)),
        };
        foreach (var type in Enum.GetValues<WindowType>())
        {
            var ofType = tickets.Where(t => t.WindowType == type).ToList();
            var waiting = ofType.Where(t => t.Status == TicketStatus.Waiting).ToList();
            var called = ofType.Where(t => t.CalledAt is not null).ToList();
            state.Queues.Add(new Contract.WindowTypeQueue
            {
                WindowType = QueueMapping.ToContract(type),
                Waiting = waiting.Count,
                LongestWaitSeconds = waiting.Count == 0 ? 0 : (int)waiting.Max(t => (now - t.QueuedSince).TotalSeconds),
                AverageWaitSeconds = called.Count == 0 ? 0 : (int)called.Average(t => (t.CalledAt!.Value - t.QueuedSince).TotalSeconds),
                ServedToday = ofType.Count(t => t.Status == TicketStatus.Served),
            });
        }

        var allCalled = tickets.Where(t => t.CalledAt is not null).ToList();
        state.Waiting = state.Queues.Sum(q => q.Waiting);
        state.ServedToday = state.Queues.Sum(q => q.ServedToday);
        state.AverageWaitSeconds = allCalled.Count == 0 ? 0 : (int)allCalled.Average(t => (t.CalledAt!.Value - t.QueuedSince).TotalSeconds);
        state.AboveTarget = state.Waiting > options.Value.TargetWaitingPerWindow * Math.Max(openWindows, 1);
        return state;
    }
}
