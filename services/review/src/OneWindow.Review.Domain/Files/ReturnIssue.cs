namespace OneWindow.Review.Domain.Files;

/// <summary>One thing the resident must bring or correct, against a material code of the item's guide.</summary>
public sealed record ReturnIssue(string MaterialCode, IssueKind Kind, string? Note);
