using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application;

/// <summary>
/// Employment help: labour-resource surveys and job recommendations for members of a known household, and the
/// receptions of people in difficulty. These are the figures of the department's report.
/// </summary>
public sealed class EmploymentUseCases(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.LabourSurvey> RecordSurveyAsync(V1.RecordSurveyRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var surveyedOn = Wire.OptionalDay(request.SurveyedOn, "surveyedOn") ?? today;
        var employment = Wire.ToDomain<EmploymentStatus>(request.Employment, "employment");
        var (householdId, residentId) = await MemberAsync(request.HouseholdId, request.ResidentId, cancellationToken);
        var survey = LabourSurvey.Record(
            Guid.CreateVersion7(), householdId, residentId, surveyedOn, employment, request.Skills, request.WantsWork, request.WantsTraining, request.Note, caller.Subject, today, clock.GetUtcNow());
        db.Surveys.Add(survey);
        await db.SaveAsync(cancellationToken);
        return survey.ToContract();
    }

    public async Task<V1.ListSurveysReply> ListSurveysAsync(V1.ListSurveysRequest request, CancellationToken cancellationToken)
    {
        var householdId = Wire.ParseId(request.HouseholdId, "householdId");
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.HouseholdId == householdId).OrderByDescending(s => s.SurveyedOn).ToListAsync(cancellationToken);
        var reply = new V1.ListSurveysReply();
        reply.Surveys.AddRange(surveys.Select(s => s.ToContract()));
        return reply;
    }

    public async Task<V1.JobRecommendation> RecommendAsync(V1.RecommendJobRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var recommendedOn = Wire.OptionalDay(request.RecommendedOn, "recommendedOn") ?? today;
        var employerId = Wire.OptionalId(request.EmployerResourceId, "employerResourceId");
        var caseId = Wire.OptionalId(request.CaseId, "caseId");
        var (householdId, residentId) = await MemberAsync(request.HouseholdId, request.ResidentId, cancellationToken);
        if (caseId is { } id && (await access.CaseAsync(id, cancellationToken)).HouseholdId != householdId)
        {
            throw new DomainException(DomainErrorKind.Invalid, "case-of-another-household", "The case is not this household's.", "caseId");
        }

        var employer = request.Employer;
        if (employerId is { } resourceId)
        {
            var resource = await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == resourceId && r.Kind == ResourceKind.Employer, cancellationToken)
                ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-employer", "There is no such employer in this centre's directory.", "employerResourceId");
            employer = resource.Name;
        }

        var recommendation = JobRecommendation.Recommend(
            Guid.CreateVersion7(), householdId, residentId, caseId, employerId, employer, request.Position, recommendedOn, today, caller.Subject);
        db.JobRecommendations.Add(recommendation);
        audit.Record(new AuditEntry("recommend-job", "household", householdId.ToString(), recommendation.Employer));
        await db.SaveAsync(cancellationToken);
        return recommendation.ToContract();
    }

    public async Task<V1.JobRecommendation> RecordOutcomeAsync(V1.RecordJobOutcomeRequest request, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(request.RecommendationId, "recommendationId");
        var outcome = Wire.ToDomain<RecommendationOutcome>(request.Outcome, "outcome");
        var today = ChinaTime.Today(clock);
        var on = Wire.OptionalDay(request.OutcomeOn, "outcomeOn") ?? today;
        var recommendation = await db.JobRecommendations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-recommendation", "There is no such job recommendation in this centre.", "recommendationId");
        recommendation.RecordOutcome(outcome, on, request.Note, today);
        await db.SaveAsync(cancellationToken);
        return recommendation.ToContract();
    }

    public async Task<V1.ListJobRecommendationsReply> ListRecommendationsAsync(V1.ListJobRecommendationsRequest request, CancellationToken cancellationToken)
    {
        var query = db.JobRecommendations.AsNoTracking();
        if (Wire.OptionalId(request.HouseholdId, "householdId") is { } householdId)
        {
            query = query.Where(r => r.HouseholdId == householdId);
        }

        var recommendations = await query.OrderByDescending(r => r.RecommendedOn).Take(500).ToListAsync(cancellationToken);
        var reply = new V1.ListJobRecommendationsReply();
        reply.Recommendations.AddRange(recommendations.Select(r => r.ToContract()));
        return reply;
    }

    public async Task<V1.Reception> RecordReceptionAsync(V1.RecordReceptionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var receivedAt = string.IsNullOrEmpty(request.ReceivedAt) ? now : Wire.ParseInstant(request.ReceivedAt, "receivedAt");
        var concern = Wire.ToDomain<Need>(request.Concern, "concern");
        Guid? householdId = Wire.OptionalId(request.HouseholdId, "householdId") is { } id ? (await access.HouseholdAsync(id, cancellationToken)).HouseholdId : null;
        var reception = Reception.Record(Guid.CreateVersion7(), householdId, receivedAt, concern, request.Note, caller.Subject, now);
        db.Receptions.Add(reception);
        await db.SaveAsync(cancellationToken);
        return reception.ToContract();
    }

    /// <summary>The household (known from intake) and one of its members.</summary>
    private async Task<(Guid HouseholdId, Guid ResidentId)> MemberAsync(string householdText, string residentText, CancellationToken cancellationToken)
    {
        var residentId = Wire.ParseId(residentText, "residentId");
        var household = await access.HouseholdAsync(Wire.ParseId(householdText, "householdId"), cancellationToken);
        return household.MemberIds.Contains(residentId)
            ? (household.HouseholdId, residentId)
            : throw new DomainException(DomainErrorKind.NotFound, "not-a-member", "The resident is not a member of this household.", "residentId");
    }
}
