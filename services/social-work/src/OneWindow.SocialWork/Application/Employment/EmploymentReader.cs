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

    /// <summary>The job recommendations (of one household, or all), the latest recommended first, a page at a time (docs/adr/0021).</summary>
    public async Task<V1.ListJobRecommendationsReply> ListRecommendationsAsync(V1.ListJobRecommendationsRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.ParseDay(request.PageToken);
        var query = db.JobRecommendations.AsNoTracking();
        if (Wire.OptionalId(request.HouseholdId, "householdId") is { } householdId)
        {
            query = query.Where(r => r.HouseholdId == householdId);
        }

        if (after is var (day, id))
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.RecommendedOn, r.Id), ValueTuple.Create(day, id)));
        }

        var page = await query.OrderByDescending(r => r.RecommendedOn).ThenByDescending(r => r.Id)
            .ReadPageAsync(size, r => PageToken.After(r.RecommendedOn, r.Id), cancellationToken);
        var reply = new V1.ListJobRecommendationsReply { NextPageToken = page.NextPageToken };
        reply.Recommendations.AddRange(page.Rows.Select(r => r.ToContract()));
        return reply;
    }
}
