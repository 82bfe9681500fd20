using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Domain.Statistics;

/// <summary>What statistics need of one ticket.</summary>
public sealed record TicketFact(
    string Centre, Common.Vocabulary.WindowType WindowType, TicketStatus Status, string? Window, string? Clerk, bool Transfer,
    DateTimeOffset QueuedSince, DateTimeOffset? CalledAt, DateTimeOffset? ServiceStartedAt, DateTimeOffset? FinishedAt, int? Rating);
