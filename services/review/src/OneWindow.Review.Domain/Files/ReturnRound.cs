namespace OneWindow.Review.Domain.Files;

public enum IssueKind
{
    /// <summary>The material is not in the file.</summary>
    Missing,

    /// <summary>It is there but wrong (expired, unsigned, illegible…); the note says what.</summary>
    Wrong,
}

/// <summary>One thing the resident must bring or correct, against a material code of the item's guide.</summary>
public sealed record ReturnIssue(string MaterialCode, IssueKind Kind, string? Note);

/// <summary>One return for supplement (补正) and, once it came, the supplement that answered it.</summary>
public sealed record ReturnRound(
    int Round,
    DateTimeOffset ReturnedAt,
    string ReturnedBy,
    IReadOnlyList<ReturnIssue> Issues,
    DateTimeOffset? SupplementAt = null,
    IReadOnlyList<string>? MaterialsReceived = null);
