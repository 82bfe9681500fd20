using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>How many periodic benefits a review run announced, suspended and ended.</summary>
public sealed record BenefitReviewRun(DateOnly AsOf, int Announced, int Suspended, int Ended);

/// <summary>
/// The annual reviews of periodic benefits as of a day (by the watch each interval, or by an operator now): for every
/// schedule of a periodic item whose review is not done, the resident is told ahead (benefit-review-due), the payments
/// are suspended on the date they were told, and the benefit ends after the item's grace period (benefit-ended, not
/// renewed). Each step happens once, is audited and commits with its event; a centre at a time, under its own tenant.
/// </summary>
public sealed class RunBenefitReviews(IServiceScopeFactory scopes, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>
    /// An operator's run as of a day (today when none): the caller's centre, or every centre for the district. Never
    /// a later day than today, which would suspend and end benefits before their time.
    /// </summary>
    public Task<BenefitReviewRun> HandleAsync(string? asOfText, CancellationToken cancellationToken)
    {
        var asOf = Wire.DayOrToday(asOfText, "asOf", clock);
        if (asOf > ChinaTime.Today(clock))
        {
            throw new DomainException(DomainErrorKind.Invalid, "as-of-in-future", "asOf is a day that has come (China time), not a later one.", "asOf");
        }

        return RunAsync(asOf, tenant.Current.CentreCode, cancellationToken);
    }

    /// <summary>Every centre's benefits, or one centre's when it is named.</summary>
    public async Task<BenefitReviewRun> RunAsync(DateOnly asOf, string? centre, CancellationToken cancellationToken)
    {
        var centres = centre is null ? await CentresWithBenefitsAsync(cancellationToken) : [centre];
        var run = new BenefitReviewRun(asOf, 0, 0, 0);
        foreach (var code in centres)
        {
            var done = await ReviewCentreAsync(code, asOf, cancellationToken);
            run = run with { Announced = run.Announced + done.Announced, Suspended = run.Suspended + done.Suspended, Ended = run.Ended + done.Ended };
        }

        return run;
    }

    private async Task<List<string>> CentresWithBenefitsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
        return await db.DisbursementSchedules
            .Where(s => s.Status != BenefitStatus.Ended)
            .Select(s => EF.Property<string>(s, TenantOwnership.PropertyName))
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    private async Task<BenefitReviewRun> ReviewCentreAsync(string centre, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var terms = (await db.ServiceItems.AsNoTracking().ToListAsync(cancellationToken))
            .Select(i => (i.Code, i.Name, Review: i.VersionOn(asOf)?.Terms is { MonthlyAmountRule: not null } t ? t.Review : null))
            .Where(i => i.Review is not null)
            .ToDictionary(i => i.Code, i => (i.Name, Review: i.Review!));
        var codes = terms.Keys.ToList();
        var schedules = await db.DisbursementSchedules
            .Where(s => s.Status != BenefitStatus.Ended && codes.Contains(s.ItemCode))
            .ToListAsync(cancellationToken);
        var run = new BenefitReviewRun(asOf, 0, 0, 0);
        foreach (var schedule in schedules)
        {
            var (name, review) = terms[schedule.ItemCode];
            var subject = $"{schedule.HouseholdId}/{schedule.ItemCode}";
            // A run that was not made for a while catches up in order: notice, then (not before the date told) suspension, then the end.
            for (var step = schedule.NextReviewStep(review, asOf); step != ReviewStep.None; step = schedule.NextReviewStep(review, asOf))
            {
                switch (step)
                {
                    case ReviewStep.Notice:
                        var due = schedule.AnnounceReview(review, asOf);
                        outbox.Add(new BenefitReviewDue { OccurredAt = now, Tenant = centre, HouseholdId = schedule.HouseholdId, ItemCode = schedule.ItemCode, DueOn = due, EndsOn = due.AddDays(review.GraceDays) });
                        audit.Record(new AuditEntry("announce-review", "benefit", subject, $"due {due:yyyy-MM-dd}"));
                        run = run with { Announced = run.Announced + 1 };
                        break;
                    case ReviewStep.Suspend:
                        schedule.Suspend(asOf);
                        audit.Record(new AuditEntry("suspend-benefit", "benefit", subject, $"review due {schedule.ReviewDueOn:yyyy-MM-dd} not done"));
                        run = run with { Suspended = run.Suspended + 1 };
                        break;
                    case ReviewStep.End:
                        var lastPaid = await LastPaidAsync(db, schedule, cancellationToken);
                        schedule.End(lastPaid, asOf);
                        outbox.Add(new BenefitEnded { OccurredAt = now, Tenant = centre, HouseholdId = schedule.HouseholdId, ItemCode = schedule.ItemCode, ItemName = name, Reason = BenefitEndReason.NotRenewed });
                        audit.Record(new AuditEntry("end-benefit", "benefit", subject, $"not renewed; last month paid {lastPaid}"));
                        run = run with { Ended = run.Ended + 1 };
                        break;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>The last month entered for payment, or the month before the first when none was: no batch pays after it.</summary>
    private static async Task<Period> LastPaidAsync(PolicyLawDbContext db, DisbursementSchedule schedule, CancellationToken cancellationToken)
    {
        var last = await db.LedgerEntries
            .Where(e => e.HouseholdId == schedule.HouseholdId && e.ItemCode == schedule.ItemCode && e.Kind == LedgerEntryKind.Payment)
            .MaxAsync(e => (string?)e.Period, cancellationToken);
        var first = Period.Parse(schedule.FirstPeriod);
        return last is null || Period.Parse(last) < first ? first.Previous() : Period.Parse(last);
    }
}
