namespace OneWindow.SocialWork.Domain.Outreach;

public sealed record Observation(ObservationKind Kind, DateTimeOffset At, string? ItemCode = null, decimal? PerCapitaIncome = null);
