using OneWindow.Common.Errors;

namespace OneWindow.Intake.Domain.Satisfaction;

/// <summary>A line in the centre's message book (留言簿): praise, a suggestion, a wish; read by the director.</summary>
public sealed class MessageBookEntry
{
    private MessageBookEntry()
    {
    }

    public Guid Id { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public Guid? TicketId { get; private set; }

    public string WrittenBy { get; private set; } = string.Empty;

    public DateTimeOffset WrittenAt { get; private set; }

    public static MessageBookEntry Write(Guid id, string text, Guid? ticketId, string writtenBy, DateTimeOffset now)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 500)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-text", "text is the message, 1 to 500 characters.", "text");
        }

        return new MessageBookEntry { Id = id, Text = trimmed, TicketId = ticketId, WrittenBy = writtenBy, WrittenAt = now };
    }
}
