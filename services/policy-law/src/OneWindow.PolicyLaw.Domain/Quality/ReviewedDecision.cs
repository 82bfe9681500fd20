namespace OneWindow.PolicyLaw.Domain.Quality;

/// <summary>A first-review decision as review announced it: the population quality checks sample from.</summary>
public sealed class ReviewedDecision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required Guid FileId { get; init; }

    public required string ReviewerStaffId { get; init; }

    public required string ItemCode { get; init; }

    public required string Outcome { get; init; }

    public required string Month { get; init; }

    public required DateTimeOffset ReviewedAt { get; init; }
}
