using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;

namespace OneWindow.Intake.Domain.Queue;

/// <summary>
/// A numbered ticket (排号) of one centre, day and window type, e.g. <c>A017</c>: waits, is called to a
/// window (and may be recalled), is served and finished, or is marked a no-show, or is transferred to
/// another window type (a new ticket there keeps its place by issue time). A served ticket may be rated once.
/// </summary>
public sealed class Ticket
{
    /// <summary>Calls before a ticket that does not come may be marked a no-show.</summary>
    public const int MaxRecalls = 3;

    private Ticket()
    {
    }

    public Guid Id { get; private set; }

    public DateOnly Day { get; private set; }

    public WindowType WindowType { get; private set; }

    public int Sequence { get; private set; }

    public string Number { get; private set; } = string.Empty;

    /// <summary>Called before others (the elderly, people with a disability).</summary>
    public bool Priority { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>For a transferred ticket: when the original was issued, so the wait counts from arrival.</summary>
    public DateTimeOffset QueuedSince { get; private set; }

    public Guid? TransferredFrom { get; private set; }

    /// <summary>
    /// The member of staff who issued the ticket, when a clerk did rather than a kiosk: such a ticket never opens a
    /// resident's personal data at the window and is not counted as a ticket served (docs/adr/0031).
    /// </summary>
    public string? IssuedByStaff { get; private set; }

    public TicketStatus Status { get; private set; }

    public string? Window { get; private set; }

    public string? ClerkStaffId { get; private set; }

    public DateTimeOffset? CalledAt { get; private set; }

    public int Calls { get; private set; }

    public DateTimeOffset? ServiceStartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public Guid? ResidentId { get; private set; }

    public int? Rating { get; private set; }

    public string? RatingComment { get; private set; }

    public static string Letter(WindowType type) => type switch
    {
        WindowType.Comprehensive => "A",
        WindowType.PolicyConsultation => "B",
        _ => "C",
    };

    public static Ticket Issue(Guid id, DateOnly day, WindowType type, int sequence, bool priority, DateTimeOffset now, DateTimeOffset? queuedSince = null, Guid? transferredFrom = null, string? issuedByStaff = null)
    {
        if (sequence is < 1 or > 999)
        {
            throw new DomainException(DomainErrorKind.Conflict, "queue-full", "No more tickets of this window type today (999 issued).", "windowType");
        }

        return new Ticket
        {
            Id = id,
            Day = day,
            WindowType = type,
            Sequence = sequence,
            Number = $"{Letter(type)}{sequence:000}",
            Priority = priority,
            IssuedAt = now,
            QueuedSince = queuedSince ?? now,
            TransferredFrom = transferredFrom,
            IssuedByStaff = issuedByStaff,
            Status = TicketStatus.Waiting,
        };
    }

    public int WaitedSeconds => CalledAt is { } called ? Seconds(called - QueuedSince) : 0;

    public int ServedSeconds => ServiceStartedAt is { } start && FinishedAt is { } end ? Seconds(end - start) : 0;

    public void Call(string window, string clerk, DateTimeOffset now)
    {
        Require(TicketStatus.Waiting, "call");
        Status = TicketStatus.Called;
        Window = window;
        ClerkStaffId = clerk;
        CalledAt = now;
        Calls = 1;
    }

    public void Recall(string clerk)
    {
        Require(TicketStatus.Called, "recall");
        RequireClerk(clerk);
        Calls++;
    }

    public void MarkNoShow(string clerk, DateTimeOffset now)
    {
        Require(TicketStatus.Called, "mark as a no-show");
        RequireClerk(clerk);
        Status = TicketStatus.NoShow;
        FinishedAt = now;
    }

    public void StartService(string clerk, Guid? residentId, DateTimeOffset now)
    {
        Require(TicketStatus.Called, "start serving");
        RequireClerk(clerk);
        Status = TicketStatus.Serving;
        ServiceStartedAt = now;
        ResidentId = residentId;
    }

    /// <summary>The resident being served at the window: their full ID number may be shown to this clerk.</summary>
    public void Serve(Guid residentId, string clerk)
    {
        Require(TicketStatus.Serving, "serve a resident on");
        RequireClerk(clerk);
        ResidentId = residentId;
    }

    public void Finish(string clerk, DateTimeOffset now)
    {
        if (Status == TicketStatus.Served)
        {
            throw new DomainException(DomainErrorKind.Conflict, "ticket-finished", $"Ticket {Number} is already finished.", "ticketId");
        }

        if (Status == TicketStatus.Called)
        {
            // Served without a separate start: the service began when the resident came to the window.
            StartService(clerk, ResidentId, now);
        }

        Require(TicketStatus.Serving, "finish");
        RequireClerk(clerk);
        Status = TicketStatus.Served;
        FinishedAt = now;
    }

    /// <summary>The ticket a clerk accepts an application on: theirs and at their window, its service started for this resident.</summary>
    public void TakeForAcceptance(string clerk, Guid residentId, DateTimeOffset now)
    {
        if (ClerkStaffId != clerk || Status is not (TicketStatus.Called or TicketStatus.Serving))
        {
            throw new DomainException(DomainErrorKind.Conflict, "ticket-not-at-window", $"Ticket {Number} is not being served at your window.", "ticketId");
        }

        if (Status == TicketStatus.Called)
        {
            StartService(clerk, residentId, now);
        }
        else if (ResidentId is null)
        {
            Serve(residentId, clerk);
        }
    }

    /// <summary>Moves the resident to another window type's queue; returns the new ticket's queue-since time.</summary>
    public void TransferAway(string clerk, WindowType to, DateTimeOffset now)
    {
        if (Status is not (TicketStatus.Called or TicketStatus.Serving))
        {
            throw new DomainException(DomainErrorKind.Conflict, "ticket-not-at-window", $"Ticket {Number} is not at a window.", "ticketId");
        }

        RequireClerk(clerk);
        if (to == WindowType)
        {
            throw new DomainException(DomainErrorKind.Invalid, "same-window-type", "A ticket is transferred to another window type.", "windowType");
        }

        Status = TicketStatus.Transferred;
        FinishedAt = now;
    }

    /// <summary>
    /// Whether the rating pad bound to <paramref name="padWindow"/> stands at the window this ticket was served at
    /// (window numbers are ASCII digits; <c>3</c> and <c>03</c> are the same window).
    /// </summary>
    public bool WasAtWindow(string? padWindow) =>
        padWindow is { Length: > 0 } && Window is { Length: > 0 } && padWindow.All(char.IsAsciiDigit) && Window.All(char.IsAsciiDigit)
        && padWindow.TrimStart('0') == Window.TrimStart('0');

    /// <summary>The window's device rates the service once, within <paramref name="ratingWindow"/> of its end.</summary>
    public void Rate(int score, string? comment, DateTimeOffset now, TimeSpan ratingWindow)
    {
        if (score is < 1 or > 5)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-score", "score is 1 (very dissatisfied) to 5 (very satisfied).", "score");
        }

        if (Status != TicketStatus.Served)
        {
            throw new DomainException(DomainErrorKind.Conflict, "ticket-not-served", $"Ticket {Number} has not been served: only a served ticket is rated.", "ticketId");
        }

        if (Rating is not null)
        {
            throw new DomainException(DomainErrorKind.Conflict, "ticket-rated", $"Ticket {Number} has already been rated.", "ticketId");
        }

        if (FinishedAt is { } finished && now - finished > ratingWindow)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "rating-closed", "This ticket was served too long ago to be rated at the window.", "ticketId");
        }

        Rating = score;
        RatingComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    private void Require(TicketStatus status, string action)
    {
        if (Status != status)
        {
            throw new DomainException(DomainErrorKind.Conflict, "ticket-state",
                $"Ticket {Number} is {Status.ToString().ToLowerInvariant()}: it cannot {action}.", "ticketId");
        }
    }

    private void RequireClerk(string clerk)
    {
        if (ClerkStaffId != clerk)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "not-your-ticket", $"Ticket {Number} was called to another window.", "ticketId");
        }
    }

    private static int Seconds(TimeSpan span) => (int)Math.Max(0, Math.Round(span.TotalSeconds));
}
