using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Employment;

/// <summary>A job recommended to a member of a known household, at an employer of the directory or named.</summary>
public sealed class RecommendJob(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.JobRecommendation> HandleAsync(V1.RecommendJobRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var recommendedOn = Wire.OptionalDay(request.RecommendedOn, "recommendedOn") ?? today;
        var employerId = Wire.OptionalId(request.EmployerResourceId, "employerResourceId");
        var caseId = Wire.OptionalId(request.CaseId, "caseId");
        var (householdId, residentId) = await access.HouseholdMemberAsync(request.HouseholdId, request.ResidentId, cancellationToken);
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
}
