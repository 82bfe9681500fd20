using OneWindow.SocialWork.Domain.Employment;

namespace OneWindow.SocialWork.Application.Employment;

/// <summary>Domain to contract and back: ids and dates as text, enums by position (the contract's zero is "unspecified").</summary>
internal static class EmploymentMapping
{
    public static V1.LabourSurvey ToContract(this LabourSurvey survey)
    {
        var contract = new V1.LabourSurvey
        {
            SurveyId = survey.Id.ToString(),
            HouseholdId = survey.HouseholdId.ToString(),
            ResidentId = survey.ResidentId.ToString(),
            SurveyedOn = Wire.Day(survey.SurveyedOn),
            Employment = Wire.ToContract<V1.EmploymentStatus>(survey.Employment),
            WantsWork = survey.WantsWork,
            WantsTraining = survey.WantsTraining,
            Note = survey.Note ?? string.Empty,
            SurveyedBy = survey.SurveyedBy,
        };
        contract.Skills.AddRange(survey.Skills);
        return contract;
    }

    public static V1.JobRecommendation ToContract(this JobRecommendation recommendation) => new()
    {
        RecommendationId = recommendation.Id.ToString(),
        HouseholdId = recommendation.HouseholdId.ToString(),
        ResidentId = recommendation.ResidentId.ToString(),
        CaseId = Wire.Text(recommendation.CaseId),
        EmployerResourceId = Wire.Text(recommendation.EmployerResourceId),
        Employer = recommendation.Employer,
        Position = recommendation.Position,
        RecommendedOn = Wire.Day(recommendation.RecommendedOn),
        RecommendedBy = recommendation.RecommendedBy,
        Outcome = Wire.ToContract<V1.RecommendationOutcome>(recommendation.Outcome),
        OutcomeOn = Wire.Day(recommendation.OutcomeOn),
        OutcomeNote = recommendation.OutcomeNote ?? string.Empty,
    };

    public static V1.Reception ToContract(this Reception reception) => new()
    {
        ReceptionId = reception.Id.ToString(),
        HouseholdId = Wire.Text(reception.HouseholdId),
        ReceivedAt = Wire.Instant(reception.ReceivedAt),
        ReceivedBy = reception.ReceivedBy,
        Concern = Wire.ToContract<V1.Need>(reception.Concern),
        Note = reception.Note ?? string.Empty,
    };
}
