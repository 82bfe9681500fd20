namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>One step of a case: who moved it, when, from where to where, and why.</summary>
public sealed record CaseStep(CaseStatus From, CaseStatus To, string By, DateTimeOffset At, string? Note);
