using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Domain.Approval;
using OneWindow.PolicyLaw.Domain.Quality;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.WorkingCalendar;

namespace OneWindow.PolicyLaw.Events;

/// <summary>
/// A file that passed first review enters the centre's approval worklist, under the item version it
/// was accepted with; a file back from a return re-enters as its next round. Returns and rejections
/// by review, and passes that completed a file of an item needing no approval, do not concern approval.
/// </summary>
public sealed class ApplicationReviewedHandler(PolicyLawDbContext db, CatalogueReader catalogue, IWorkingCalendar calendar) : IIntegrationEventHandler<ApplicationReviewed>
{
    public async Task HandleAsync(ApplicationReviewed reviewed, CancellationToken cancellationToken)
    {
        // Every decision is a candidate for the monthly quality check of first reviews.
        db.ReviewedDecisions.Add(new ReviewedDecision
        {
            FileId = reviewed.FileId,
            ReviewerStaffId = reviewed.ReviewerStaffId,
            ItemCode = reviewed.ItemCode,
            Outcome = reviewed.Outcome.ToString().ToLowerInvariant(),
            Month = ChinaTime.ToChina(reviewed.OccurredAt).ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ReviewedAt = reviewed.OccurredAt.ToUniversalTime(),
        });
        if (reviewed.Outcome != ReviewOutcome.Passed || reviewed.Completed)
        {
            return;
        }

        var existing = await db.ApprovalCases.SingleOrDefaultAsync(a => a.FileId == reviewed.FileId, cancellationToken);
        if (existing is not null)
        {
            if (existing.Status == ApprovalStatus.Returned)
            {
                existing.Reopen(reviewed.ReviewerStaffId, reviewed.ReturnRound, reviewed.OccurredAt);
            }

            return;
        }

        var item = await catalogue.FindAsync(reviewed.ItemCode, cancellationToken);
        var terms = item.Version(reviewed.ItemVersion).Terms;
        var setting = await db.CentreItemSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ItemCode == reviewed.ItemCode, cancellationToken);
        var deadline = reviewed.StatutoryDeadline
            ?? (await calendar.CurrentAsync(cancellationToken)).DeadlineFor(reviewed.OccurredAt, Math.Max(terms.TimeLimitWorkingDays, 1));
        db.ApprovalCases.Add(ApprovalCase.Open(
            reviewed.FileId,
            reviewed.ItemCode,
            reviewed.ItemVersion,
            reviewed.HouseholdId,
            reviewed.ReviewerStaffId,
            reviewed.AcceptingClerkStaffId,
            reviewed.ReturnRound,
            reviewed.OccurredAt,
            deadline,
            terms.TimeLimited,
            setting?.SupervisorStaffId ?? terms.SupervisorStaffId));
    }
}
