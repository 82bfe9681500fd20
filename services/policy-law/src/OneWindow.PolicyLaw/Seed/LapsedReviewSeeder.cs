using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;
using OneWindow.DemoDistrict;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;

namespace OneWindow.PolicyLaw.Seed;

/// <summary>
/// The demo district's lapsed review (<see cref="LapsedReview"/>) as the history it would have left: the schedule
/// approved 12 months and 90 days ago and its review notice sent 30 days before the due date. The review run finds it
/// past its due date and its grace, so it suspends and ends it. Left as it is when the schedule exists.
/// </summary>
internal sealed class LapsedReviewSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var household = LapsedReview.Household;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(household.CentreCode));
        var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
        if (await db.DisbursementSchedules.AnyAsync(s => s.HouseholdId == household.HouseholdId && s.ItemCode == LapsedReview.ItemCode, cancellationToken))
        {
            return;
        }

        var today = ChinaTime.Today(clock);
        var approvedOn = LapsedReview.ApprovedOn(today);
        var item = await db.ServiceItems.AsNoTracking().SingleAsync(i => i.Code == LapsedReview.ItemCode, cancellationToken);
        var review = item.VersionOn(today)?.Terms.Review ?? throw new InvalidOperationException($"{LapsedReview.ItemCode} is not a periodic item of the demo catalogue.");
        var schedule = DisbursementSchedule.Start(household.HouseholdId, LapsedReview.ItemCode, Guid.CreateVersion7(), Period.Of(approvedOn),
            LapsedReview.MonthlyAmount, LapsedReview.MonthlyAmount, null, clock.GetUtcNow(), approvedOn);
        schedule.AnnounceReview(review, review.NoticeOn(approvedOn));
        db.DisbursementSchedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
    }
}
