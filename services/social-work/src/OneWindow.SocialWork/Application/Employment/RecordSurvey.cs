using OneWindow.Common.Time;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Employment;

/// <summary>A labour-resource survey of a member of a known household.</summary>
public sealed class RecordSurvey(SocialWorkDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<V1.LabourSurvey> HandleAsync(V1.RecordSurveyRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var surveyedOn = Wire.OptionalDay(request.SurveyedOn, "surveyedOn") ?? today;
        var employment = Wire.ToDomain<EmploymentStatus>(request.Employment, "employment");
        var (householdId, residentId) = await access.HouseholdMemberAsync(request.HouseholdId, request.ResidentId, cancellationToken);
        var survey = LabourSurvey.Record(
            Guid.CreateVersion7(), householdId, residentId, surveyedOn, employment, request.Skills, request.WantsWork, request.WantsTraining, request.Note, caller.Subject, today, clock.GetUtcNow());
        db.Surveys.Add(survey);
        await db.SaveAsync(cancellationToken);
        return survey.ToContract();
    }
}
