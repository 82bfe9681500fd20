using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Employment;

/// <summary>What came of a job recommendation.</summary>
public sealed class RecordJobOutcome(SocialWorkDbContext db, TimeProvider clock)
{
    public async Task<V1.JobRecommendation> HandleAsync(V1.RecordJobOutcomeRequest request, CancellationToken cancellationToken)
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
}
