namespace OneWindow.Review.Domain.Files;

/// <summary>One return for supplement (补正) and, once it came, the supplement that answered it.</summary>
public sealed record ReturnRound(
    int Round,
    DateTimeOffset ReturnedAt,
    string ReturnedBy,
    IReadOnlyList<ReturnIssue> Issues,
    DateTimeOffset? SupplementAt = null,
    IReadOnlyList<string>? MaterialsReceived = null);
