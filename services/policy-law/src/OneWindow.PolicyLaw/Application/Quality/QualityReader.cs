using Microsoft.EntityFrameworkCore;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCheck = OneWindow.PolicyLaw.Domain.Quality.QualityCheck;

namespace OneWindow.PolicyLaw.Application.Quality;

/// <summary>The month's quality checks of first reviews (质量抽查), as the centre's policy officers see them.</summary>
public sealed class QualityReader(PolicyLawDbContext db)
{
    public async Task<ListChecksReply> ListAsync(string? month, CancellationToken cancellationToken)
    {
        var checks = await db.QualityChecks.AsNoTracking().Where(c => month == null || c.Month == month).OrderBy(c => c.ReviewerStaffId).Take(1_000).ToListAsync(cancellationToken);
        var reply = new ListChecksReply();
        reply.Checks.AddRange(checks.Select(ToContract));
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
