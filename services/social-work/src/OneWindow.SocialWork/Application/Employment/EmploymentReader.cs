using Microsoft.EntityFrameworkCore;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Employment;

/// <summary>A household's labour-resource surveys and the job recommendations made.</summary>
public sealed class EmploymentReader(SocialWorkDbContext db)
{
    public async Task<V1.ListSurveysReply> ListSurveysAsync(V1.ListSurveysRequest request, CancellationToken cancellationToken)
    {
        var householdId = Wire.ParseId(request.HouseholdId, "householdId");
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.HouseholdId == householdId).OrderByDescending(s => s.SurveyedOn).ToListAsync(cancellationToken);
        var reply = new V1.ListSurveysReply();
        reply.Surveys.AddRange(surveys.Select(s => s.ToContract()));
        return reply;
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
}
