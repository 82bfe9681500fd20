namespace OneWindow.Review.Domain.Files;

public enum IssueKind
{
    /// <summary>The material is not in the file.</summary>
    Missing,

    /// <summary>It is there but wrong (expired, unsigned, illegible…); the note says what.</summary>
    Wrong,
}
