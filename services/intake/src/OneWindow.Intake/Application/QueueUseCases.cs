using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using StackExchange.Redis;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application;

/// <summary>
/// Ticket numbers per centre, day and window type, from one Redis counter each (INCR: atomic, so
/// concurrent kiosks never share a number). A counter lost with Redis is reseeded from the highest
/// number PostgreSQL holds, so numbering goes on where it stopped. While Redis does not answer no
/// number can be issued (two kiosks would draw the same one): the ticket is refused as unavailable,
/// which a kiosk can retry, and the rest of intake goes on (docs/adr/0012).
/// </summary>
public sealed class TicketNumbering(IConnectionMultiplexer redis)
{
    private const string ReseedScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
          redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
        end
        return redis.call('INCR', KEYS[1])
        """;

    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(36);

    public static string Key(string centre, DateOnly day, WindowType type) => $"intake:ticket-seq:{centre}:{day:yyyyMMdd}:{Ticket.Letter(type)}";

    public async Task<int> NextAsync(string centre, DateOnly day, WindowType type, Func<Task<int>> highestRecorded)
    {
        try
        {
            return await DrawAsync(centre, day, type, highestRecorded);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            throw new DependencyUnavailableException(
                "ticket-numbering-unavailable",
                "Tickets cannot be numbered now: the numbering store (Redis) does not answer. Try again in a moment; everything else at the windows goes on.",
                exception);
        }
    }

    private async Task<int> DrawAsync(string centre, DateOnly day, WindowType type, Func<Task<int>> highestRecorded)
    {
        var database = redis.GetDatabase();
        var key = Key(centre, day, type);
        if (await database.KeyExistsAsync(key))
        {
            var next = await database.StringIncrementAsync(key);
            if (next > 1)
            {
                return (int)next;
            }

            // The key expired between the two calls: start again from the durable record.
            await database.KeyDeleteAsync(key);
        }

        var highest = await highestRecorded();
        return (int)(long)(await database.ScriptEvaluateAsync(ReseedScript, [key], [highest, (long)KeepFor.TotalSeconds]))!;
    }
}

/// <summary>Clerks open and close windows; windows of a type that are open make a queue of that type open.</summary>
public sealed class ManageWindows(IntakeDbContext db, ITenantContext tenant)
{
    public async Task<Contract.ServiceWindow> OpenAsync(string number, WindowType type, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var window = await db.Windows.SingleOrDefaultAsync(w => w.Number == number, cancellationToken);
        if (window is null)
        {
            window = ServiceWindow.Create(number, type);
            db.Windows.Add(window);
        }

        // A clerk sits at one window at a time.
        foreach (var other in await db.Windows.Where(w => w.ClerkStaffId == caller.Subject && w.Number != number).ToListAsync(cancellationToken))
        {
            other.Close();
        }

        window.OpenFor(caller.Subject, type);
        await db.SaveChangesAsync(cancellationToken);
        return QueueMapping.ToContract(window);
    }

    public async Task<Contract.ServiceWindow> CloseAsync(string number, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var window = await db.Windows.SingleOrDefaultAsync(w => w.Number == number, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-window", $"There is no window {number} in this centre.", "number");
        window.RequireClerk(caller.Subject);
        window.Close();
        await db.SaveChangesAsync(cancellationToken);
        return QueueMapping.ToContract(window);
    }
}

/// <summary>The kiosk issues a numbered ticket for a window type, while the centre is open and a window of that type is.</summary>
public sealed class IssueTicket(IntakeDbContext db, TicketNumbering numbering, IOutbox outbox, ITenantContext tenant, IOptions<IntakeOptions> options, TimeProvider clock)
{
    public async Task<Contract.Ticket> HandleAsync(WindowType type, bool priority, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        await using var connection = await db.OneConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var local = ChinaTime.ToChina(now);
        if (!OpeningHours.Parse(options.Value.HoursOf(centre)).IsOpenAt(TimeOnly.FromDateTime(local.DateTime)))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "centre-closed", $"The centre is closed now (open {options.Value.HoursOf(centre)}).", "windowType");
        }

        if (!await db.Windows.AnyAsync(w => w.Type == type && w.Open, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "window-type-closed", "No window of this type is open now.", "windowType");
        }

        var ticket = await IssueAsync(centre, type, priority, now, null, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await QueueReader.ToContractAsync(db, ticket, cancellationToken);
    }

    /// <summary>Numbers and stages a ticket (also for transfers, which keep their time of arrival).</summary>
    public async Task<Ticket> IssueAsync(string centre, WindowType type, bool priority, DateTimeOffset now, DateTimeOffset? queuedSince, Guid? transferredFrom, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(ChinaTime.ToChina(now).DateTime);
        var sequence = await numbering.NextAsync(centre, day, type, async () =>
            await db.Tickets.Where(t => t.Day == day && t.WindowType == type).MaxAsync(t => (int?)t.Sequence, cancellationToken) ?? 0);
        var ticket = Ticket.Issue(Guid.CreateVersion7(), day, type, sequence, priority, now, queuedSince, transferredFrom);
        db.Tickets.Add(ticket);
        outbox.Add(new TicketIssued { OccurredAt = now, Tenant = centre, TicketId = ticket.Id, Number = ticket.Number, WindowType = type });
        return ticket;
    }
}

/// <summary>
/// A clerk at an open window calls the next ticket of its type: priority first, then by arrival. Two
/// clerks calling at once never get the same ticket: the row's version decides, the loser takes the next.
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
            });
        }, cancellationToken);

    public async Task<Contract.Ticket> TransferAsync(string ticketId, WindowType to, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var ticket = await QueueReader.FindAsync(db, ticketId, cancellationToken);
        var now = clock.GetUtcNow();
        ticket.TransferAway(caller.Subject, to, now);
        var moved = await issue.IssueAsync(centre, to, ticket.Priority, now, ticket.QueuedSince, ticket.Id, cancellationToken);
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

/// <summary>The window's evaluation device rates the ticket just served there: once, 1-5, with an optional comment.</summary>
public sealed class RateService(IntakeDbContext db, IOutbox outbox, ITenantContext tenant, IOptions<IntakeOptions> options, TimeProvider clock)
{
    public async Task<Contract.Ticket> HandleAsync(string ticketId, int score, string? comment, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var ticket = await QueueReader.FindAsync(db, ticketId, cancellationToken);
        var now = clock.GetUtcNow();
        ticket.Rate(score, comment);
        if (ticket.FinishedAt is { } finished && now - finished > options.Value.RatingWindow)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "rating-closed", "This ticket was served too long ago to be rated at the window.", "ticketId");
        }

        outbox.Add(new RatingRecorded { OccurredAt = now, Tenant = centre, TicketId = ticket.Id, ClerkStaffId = ticket.ClerkStaffId!, Score = score });
        await db.SaveChangesAsync(cancellationToken);
        return await QueueReader.ToContractAsync(db, ticket, cancellationToken);
    }
}

/// <summary>Tickets and the live state of a centre's queue.</summary>
public sealed class QueueReader(IntakeDbContext db, ITenantContext tenant, IOptions<IntakeOptions> options, TimeProvider clock)
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
            OpenNow = OpeningHours.Parse(options.Value.HoursOf(centre)).IsOpenAt(TimeOnly.FromDateTime(ChinaTime.ToChina(now).DateTime)),
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

internal static class QueueMapping
{
    public static Contract.WindowType ToContract(WindowType type) => (Contract.WindowType)((int)type + 1);

    public static WindowType ToDomain(Contract.WindowType type) => type switch
    {
        Contract.WindowType.PolicyConsultation => WindowType.PolicyConsultation,
        Contract.WindowType.Comprehensive => WindowType.Comprehensive,
        Contract.WindowType.Payment => WindowType.Payment,
        _ => throw new DomainException(DomainErrorKind.Invalid, "window-type-required", "windowType is required.", "windowType"),
    };

    public static Contract.ServiceWindow ToContract(ServiceWindow window) => new()
    {
        Number = window.Number,
        Type = ToContract(window.Type),
        Open = window.Open,
        ClerkStaffId = window.ClerkStaffId ?? string.Empty,
    };

    public static Contract.Ticket ToContract(Ticket ticket) => new()
    {
        TicketId = ticket.Id.ToString(),
        Number = ticket.Number,
        WindowType = ToContract(ticket.WindowType),
        Status = (Contract.TicketStatus)((int)ticket.Status + 1),
        Priority = ticket.Priority,
        IssuedAt = Wire.Instant(ticket.IssuedAt),
        Window = ticket.Window ?? string.Empty,
        ClerkStaffId = ticket.ClerkStaffId ?? string.Empty,
        WaitedSeconds = ticket.WaitedSeconds,
        ServedSeconds = ticket.ServedSeconds,
        Rating = ticket.Rating,
    };
}
