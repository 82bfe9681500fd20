using Microsoft.EntityFrameworkCore;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCheck = OneWindow.PolicyLaw.Domain.Quality.QualityCheck;
using QualityOutcome = OneWindow.PolicyLaw.Domain.Quality.QualityOutcome;

namespace OneWindow.PolicyLaw.Application.Quality;

/// <summary>The month's quality checks of first reviews (质量抽查), as the centre's policy officers see them.</summary>
public sealed class QualityReader(PolicyLawDbContext db)
{
    /// <summary>
    /// A page of the checks (of one month, when asked), reviewer by reviewer (docs/adr/0021), with each reviewer's
    /// counts over every page, counted in the database.
    /// </summary>
    public async Task<ListChecksReply> ListAsync(ListChecksRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.ParseKeyed(request.PageToken);
        var month = request.Month;
        var query = db.QualityChecks.AsNoTracking().Where(c => month == null || c.Month == month);
        var reviewers = (await query.GroupBy(c => c.ReviewerStaffId).OrderBy(g => g.Key)
                .Select(g => new
                {
                    Reviewer = g.Key,
                    Sampled = g.Count(),
                    Correct = g.Count(c => c.Outcome == QualityOutcome.Correct),
                    Error = g.Count(c => c.Outcome == QualityOutcome.Error),
                    Pending = g.Count(c => c.Outcome == QualityOutcome.Pending),
                })
                .ToListAsync(cancellationToken))
            .Select(r => new ReviewerChecks { ReviewerStaffId = r.Reviewer, Sampled = r.Sampled, Correct = r.Correct, Error = r.Error, Pending = r.Pending })
            .ToList();
        if (after is var (reviewer, id))
        {
            query = query.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.ReviewerStaffId, c.Id), ValueTuple.Create(reviewer, id)));
        }

        var page = await query.OrderBy(c => c.ReviewerStaffId).ThenBy(c => c.Id)
            .ReadPageAsync(size, c => PageToken.After(c.ReviewerStaffId, c.Id), cancellationToken);
        var reply = new ListChecksReply { TotalSize = reviewers.Sum(r => r.Sampled), NextPageToken = page.NextPageToken };
        reply.Reviewers.AddRange(reviewers);
        reply.Checks.AddRange(page.Rows.Select(ToContract));
        return reply;
    }

    public static V1.QualityCheck ToContract(DomainCheck check) => new()
    {
        CheckId = check.Id.ToString(),
        FileId = check.FileId.ToString(),
        ReviewerStaffId = check.ReviewerStaffId,
        ItemCode = check.ItemCode,
        ReviewOutcome = check.ReviewOutcome,
        Month = check.Month,
        Outcome = check.Outcome.ToString().ToLowerInvariant(),
        ErrorCategory = check.ErrorCategory,
        CheckedBy = check.CheckedBy,
    };
}
