using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Employment;

/// <summary>A job recommended to a household member (岗位推荐), with its outcome once known.</summary>
public sealed class JobRecommendation
{
    private JobRecommendation()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public Guid ResidentId { get; private set; }

    public Guid? CaseId { get; private set; }

    /// <summary>The employer from the resource directory, when it is one.</summary>
    public Guid? EmployerResourceId { get; private set; }

    public string Employer { get; private set; } = string.Empty;

    public string Position { get; private set; } = string.Empty;

    public DateOnly RecommendedOn { get; private set; }

    public string RecommendedBy { get; private set; } = string.Empty;

    public RecommendationOutcome Outcome { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    public string? OutcomeNote { get; private set; }

    public static JobRecommendation Recommend(
        Guid id, Guid householdId, Guid residentId, Guid? caseId, Guid? employerResourceId, string? employer, string? position, DateOnly recommendedOn, DateOnly today, string by)
    {
        if (recommendedOn > today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "recommendation-in-the-future", "recommendedOn is today or earlier.", "recommendedOn");
        }

        return new JobRecommendation
        {
            Id = id, HouseholdId = householdId, ResidentId = residentId, CaseId = caseId, EmployerResourceId = employerResourceId,
            Employer = Required(employer, "employer"), Position = Required(position, "position"), RecommendedOn = recommendedOn, RecommendedBy = by,
            Outcome = RecommendationOutcome.Pending,
        };
    }

    public void RecordOutcome(RecommendationOutcome outcome, DateOnly on, string? note, DateOnly today)
    {
        if (Outcome != RecommendationOutcome.Pending)
        {
            throw new DomainException(DomainErrorKind.Conflict, "outcome-recorded", "The outcome of this recommendation is already recorded.", "recommendationId");
        }

        if (outcome == RecommendationOutcome.Pending)
        {
            throw new DomainException(DomainErrorKind.Invalid, "outcome-required", "outcome is hired, not-hired or declined.", "outcome");
        }

        if (on < RecommendedOn || on > today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-outcome-date", "outcomeOn is between the recommendation and today.", "outcomeOn");
        }

        Outcome = outcome;
        OutcomeOn = on;
        OutcomeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > 100
            ? throw new DomainException(DomainErrorKind.Invalid, $"{field}-required", $"{field} is required, at most 100 characters.", field)
            : value.Trim();
}
