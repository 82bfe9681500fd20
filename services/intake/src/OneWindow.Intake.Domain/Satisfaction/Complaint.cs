using OneWindow.Common.Errors;

namespace OneWindow.Intake.Domain.Satisfaction;

/// <summary>
/// A complaint (投诉) about a centre's service, possibly about the ticket served and so its clerk: open until
/// the director or a head handles it with a reply to the resident. Handled once; never by the clerk it is about.
/// </summary>
public sealed class Complaint
{
    private Complaint()
    {
    }

    public Guid Id { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public ComplaintSource Source { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public Guid? TicketId { get; private set; }

    /// <summary>The clerk who served the ticket complained about, if any.</summary>
    public string? ClerkStaffId { get; private set; }

    /// <summary>Who submitted it: a resident's account, a device, or the staff member who took it down.</summary>
    public string SubmittedBy { get; private set; } = string.Empty;

    public DateTimeOffset SubmittedAt { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public string? Reply { get; private set; }

    public string? HandledBy { get; private set; }

    public DateTimeOffset? HandledAt { get; private set; }

    public static Complaint Record(Guid id, ComplaintCategory category, ComplaintSource source, string text, Guid? ticketId, string? clerkStaffId, string submittedBy, DateTimeOffset now)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 1000)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-text", "text is what happened, 1 to 1000 characters.", "text");
        }

        return new Complaint
        {
            Id = id,
            Category = category,
            Source = source,
            Text = trimmed,
            TicketId = ticketId,
            ClerkStaffId = clerkStaffId,
            SubmittedBy = submittedBy,
            SubmittedAt = now,
            Status = ComplaintStatus.Open,
        };
    }

    public void Handle(string reply, string handler, DateTimeOffset now)
    {
        if (Status == ComplaintStatus.Handled)
        {
            throw new DomainException(DomainErrorKind.Conflict, "complaint-handled", "This complaint has already been handled.", "complaintId");
        }

        if (handler == ClerkStaffId)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "own-complaint", "A complaint about your own service is handled by someone else.", "complaintId");
        }

        var trimmed = reply.Trim();
        if (trimmed.Length is 0 or > 1000)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-reply", "reply is the answer given to the resident, 1 to 1000 characters.", "reply");
        }

        Status = ComplaintStatus.Handled;
        Reply = trimmed;
        HandledBy = handler;
        HandledAt = now;
    }
}
