using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Domain.Employment;

/// <summary>
/// A person in difficulty received by the department (接待困难对象): who came, about what, and who received them.
/// Counted per reception (人次). The household is known when the person is registered at the centre.
/// </summary>
public sealed class Reception
{
    private Reception()
    {
    }

    public Guid Id { get; private set; }

    public Guid? HouseholdId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ReceivedBy { get; private set; } = string.Empty;

    public Need Concern { get; private set; }

    public string? Note { get; private set; }

    public static Reception Record(Guid id, Guid? householdId, DateTimeOffset receivedAt, Need concern, string? note, string by, DateTimeOffset now)
    {
        if (receivedAt > now)
        {
            throw new DomainException(DomainErrorKind.Invalid, "reception-in-the-future", "receivedAt is now or earlier.", "receivedAt");
        }

        if (note is { Length: > 1_000 })
        {
            throw new DomainException(DomainErrorKind.Invalid, "note-too-long", "note is at most 1000 characters.", "note");
        }

        return new Reception { Id = id, HouseholdId = householdId, ReceivedAt = receivedAt, ReceivedBy = by, Concern = concern, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() };
    }
}
