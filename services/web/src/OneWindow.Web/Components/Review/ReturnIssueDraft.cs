using OneWindow.Review.V1;

namespace OneWindow.Web.Components.Review;

/// <summary>A material the reviewer marks for the resident to bring again: missing or wrong, with an optional note.</summary>
public sealed class ReturnIssueDraft
{
    public IssueKind Kind { get; set; } = IssueKind.Missing;

    public string? Note { get; set; }
}
