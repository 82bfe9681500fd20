namespace OneWindow.SocialWork.Domain.Plans;

/// <summary>One thing to do for the family: who does it (a worker, the family, a partner) and by when.</summary>
public sealed record PlanAction(Guid Id, string Description, string Owner, DateOnly DueOn, ActionStatus Status, DateTimeOffset? SettledAt, string? Outcome);
