using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>
/// Scans one centre's households a batch at a time with the rules in force: a new finding (and silent-family-found)
/// for a household with reasons and no open finding; new reasons join a household's open finding; nothing for a
/// household with an open case, nor for a reason a worker dismissed within the quiet period. What a batch raises is
/// added to the context for its caller to commit with the scan's progress.
/// </summary>
public sealed class SilentFamilyScanner(SocialWorkDbContext db, IOutbox outbox, ITenantContext tenant, IOptions<SocialWorkOptions> options, TimeProvider clock)
{
    /// <summary>The rules in force and what they need, read once for the batches that follow.</summary>
    public async Task<ScanRules> RulesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rules = (await db.Rules.AsNoTracking().ToListAsync(cancellationToken)).Select(r => r.ToDomain()).ToList();
        var names = await db.Catalogue.AsNoTracking().ToDictionaryAsync(i => i.ItemCode, i => i.Name, cancellationToken);
        var lookback = now.AddMonths(-Math.Max(rules.Select(r => r.Parameters.Months ?? 0).DefaultIfEmpty(0).Max(), 1));
        return new ScanRules(rules, names, now, lookback, now.AddDays(-options.Value.DismissalQuietDays));
    }

    /// <summary>
    /// Scans the next <paramref name="size"/> households after the last the scan reached and advances it; false when
    /// none is left. A household whose finding is open gets no second one (the reasons it has are not new), so a batch
    /// scanned twice raises nothing twice.
    /// </summary>
    public async Task<bool> ScanBatchAsync(CentreScan scan, ScanRules rules, int size, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var query = db.Households.AsNoTracking();
        if (scan.ScannedThrough is { } through)
        {
            query = query.Where(h => h.HouseholdId.CompareTo(through) > 0);
        }

        var households = await query.OrderBy(h => h.HouseholdId).Take(size).ToListAsync(cancellationToken);
        if (households.Count == 0)
        {
            return false;
        }

        var ids = households.Select(h => h.HouseholdId).ToList();
        var seen = (await db.Observations.AsNoTracking().Where(o => ids.Contains(o.HouseholdId) && o.At >= rules.Lookback).ToListAsync(cancellationToken))
            .Select(o => (o.HouseholdId, Observation: o.ToDomain()))
            .Concat(await ContactsAsync(ids, cancellationToken))
            .ToLookup(o => o.HouseholdId, o => o.Observation);
        var withOpenCase = (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.HouseholdId) && c.Status != CaseStatus.Closed).Select(c => c.HouseholdId).ToListAsync(cancellationToken)).ToHashSet();
        var open = (await db.Findings.Where(f => ids.Contains(f.HouseholdId) && (f.Status == FindingStatus.Open || f.Status == FindingStatus.Deferred)).ToListAsync(cancellationToken))
            .ToDictionary(f => f.HouseholdId);
        var dismissed = (await db.Findings.AsNoTracking().Where(f => ids.Contains(f.HouseholdId) && f.Status == FindingStatus.Dismissed && f.DecidedAt >= rules.QuietSince).ToListAsync(cancellationToken))
            .ToLookup(f => f.HouseholdId, f => f.Reasons.Select(r => r.RuleCode));

        var (raised, added) = (0, 0);
        foreach (var household in households)
        {
            var history = new HouseholdHistory(household.HouseholdId, household.Snapshot(), [.. seen[household.HouseholdId]], withOpenCase.Contains(household.HouseholdId));
            var found = SilentFamilyScan.Evaluate(history, rules.Rules, rules.Now, code => rules.Names.GetValueOrDefault(code, code));
            var quiet = dismissed[household.HouseholdId].SelectMany(codes => codes).ToHashSet(StringComparer.Ordinal);
            var existing = open.GetValueOrDefault(household.HouseholdId);
            var fresh = SilentFamilyScan.NewReasons(found, existing, quiet);
            if (fresh.Count == 0)
            {
                continue;
            }

            if (existing is not null)
            {
                existing.AddReasons(fresh, rules.Now);
                added += fresh.Count;
                continue;
            }

            var finding = SilentFamilyFinding.Raise(Guid.CreateVersion7(), household.HouseholdId, fresh, rules.Now);
            db.Findings.Add(finding);
            outbox.Add(new SilentFamilyFound { OccurredAt = rules.Now, Tenant = centre, FindingId = finding.Id, HouseholdId = finding.HouseholdId, Reasons = [.. fresh.Select(r => r.RuleCode)] });
            raised++;
        }

        scan.Advance(households.Count, households[^1].HouseholdId, raised, added);
        return true;
    }

    /// <summary>The last time anyone of the centre saw each household: a home visit done, a reception, a case opened.</summary>
    private async Task<IEnumerable<(Guid HouseholdId, Observation Observation)>> ContactsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var visits = await db.Visits.AsNoTracking().Where(v => ids.Contains(v.HouseholdId) && v.Status == VisitStatus.Done && v.VisitedAt != null)
            .GroupBy(v => v.HouseholdId).Select(g => new { HouseholdId = g.Key, At = g.Max(v => v.VisitedAt!.Value) }).ToListAsync(cancellationToken);
        var receptions = await db.Receptions.AsNoTracking().Where(r => r.HouseholdId != null && ids.Contains(r.HouseholdId.Value))
            .GroupBy(r => r.HouseholdId!.Value).Select(g => new { HouseholdId = g.Key, At = g.Max(r => r.ReceivedAt) }).ToListAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.HouseholdId))
            .GroupBy(c => c.HouseholdId).Select(g => new { HouseholdId = g.Key, At = g.Max(c => c.UpdatedAt) }).ToListAsync(cancellationToken);
        return visits.Concat(receptions).Concat(cases).Select(c => (c.HouseholdId, new Observation(ObservationKind.Contact, c.At)));
    }
}
