using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Domain.Employment;

/// <summary>
/// A labour-resource survey (劳动力资源调查) of one household member: their work situation, skills, and whether
/// they want work or training. Counted per survey (人次): the same person surveyed twice counts twice.
/// </summary>
public sealed class LabourSurvey
{
    public const int MaxSkills = 20;

    private readonly List<string> _skills = [];

    private LabourSurvey()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public Guid ResidentId { get; private set; }

    public DateOnly SurveyedOn { get; private set; }

    public EmploymentStatus Employment { get; private set; }

    public IReadOnlyList<string> Skills => _skills;

    public bool WantsWork { get; private set; }

    public bool WantsTraining { get; private set; }

    public string? Note { get; private set; }

    public string SurveyedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public static LabourSurvey Record(
        Guid id, Guid householdId, Guid residentId, DateOnly surveyedOn, EmploymentStatus employment, IEnumerable<string> skills, bool wantsWork, bool wantsTraining,
        string? note, string by, DateOnly today, DateTimeOffset now)
    {
        if (surveyedOn > today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "survey-in-the-future", "surveyedOn is today or earlier.", "surveyedOn");
        }

        var skillList = skills.Select(s => s?.Trim() ?? string.Empty).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (skillList.Count > MaxSkills || skillList.Any(s => s.Length > 50))
        {
            throw new DomainException(DomainErrorKind.Invalid, "too-many-skills", $"skills: at most {MaxSkills}, each at most 50 characters.", "skills");
        }

        var survey = new LabourSurvey
        {
            Id = id, HouseholdId = householdId, ResidentId = residentId, SurveyedOn = surveyedOn, Employment = employment,
            WantsWork = wantsWork, WantsTraining = wantsTraining, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), SurveyedBy = by, RecordedAt = now,
        };
        survey._skills.AddRange(skillList);
        return survey;
    }
}
