using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>
/// Scans one centre's households with the rules in force: a new finding (and silent-family-found) for a household
/// with reasons and no open finding; new reasons join a household's open finding; nothing for a household with an
/// open case, nor for a reason a worker dismissed within the quiet period.
/// </summary>
public sealed class SilentFamilyScanner(SocialWorkDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, IOptions<SocialWorkOptions> options, TimeProvider clock)
{
    public async Task<V1.CentreScan> ScanAsync(ICollection<V1.Finding> raised, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var rules = (await db.Rules.AsNoTracking().ToListAsync(cancellationToken)).Select(r => r.ToDomain()).ToList();
        var names = await db.Catalogue.AsNoTracking().ToDictionaryAsync(i => i.ItemCode, i => i.Name, cancellationToken);
        var lookback = now.AddMonths(-Math.Max(rules.Select(r => r.Parameters.Months ?? 0).DefaultIfEmpty(0).Max(), 1));
        var households = await db.Households.AsNoTracking().ToListAsync(cancellationToken);
        var seen = (await db.Observations.AsNoTracking().Where(o => o.At >= lookback).ToListAsync(cancellationToken))
            .Select(o => (o.HouseholdId, Observation: o.ToDomain()))
            .Concat(await ContactsAsync(cancellationToken))
            .ToLookup(o => o.HouseholdId, o => o.Observation);
        var withOpenCase = (await db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Closed).Select(c => c.HouseholdId).ToListAsync(cancellationToken)).ToHashSet();
        var open = (await db.Findings.Where(f => f.Status == FindingStatus.Open || f.Status == FindingStatus.Deferred).ToListAsync(cancellationToken))
            .ToDictionary(f => f.HouseholdId);
        var quietSince = now.AddDays(-options.Value.DismissalQuietDays);
        var dismissed = (await db.Findings.AsNoTracking().Where(f => f.Status == FindingStatus.Dismissed && f.DecidedAt >= quietSince).ToListAsync(cancellationToken))
            .ToLookup(f => f.HouseholdId, f => f.Reasons.Select(r => r.RuleCode));

        var scan = new V1.CentreScan { Centre = centre, HouseholdsScanned = households.Count };
        foreach (var household in households)
        {
            var history = new HouseholdHistory(household.HouseholdId, household.Snapshot(), [.. seen[household.HouseholdId]], withOpenCase.Contains(household.HouseholdId));
            var found = SilentFamilyScan.Evaluate(history, rules, now, code => names.GetValueOrDefault(code, code));
            var quiet = dismissed[household.HouseholdId].SelectMany(codes => codes).ToHashSet(StringComparer.Ordinal);
            var existing = open.GetValueOrDefault(household.HouseholdId);
            var fresh = SilentFamilyScan.NewReasons(found, existing, quiet);
            if (fresh.Count == 0)
            {
                continue;
            }

            if (existing is not null)
            {
                existing.AddReasons(fresh, now);
                scan.ReasonsAdded += fresh.Count;
                continue;
            }

            var finding = SilentFamilyFinding.Raise(Guid.CreateVersion7(), household.HouseholdId, fresh, now);
            db.Findings.Add(finding);
            outbox.Add(new SilentFamilyFound { OccurredAt = now, Tenant = centre, FindingId = finding.Id, HouseholdId = finding.HouseholdId, Reasons = [.. fresh.Select(r => r.RuleCode)] });
            raised.Add(finding.ToContract());
            scan.FindingsRaised++;
        }

        audit.Record(new AuditEntry("scan-silent-families", "centre", centre, $"{scan.FindingsRaised} raised, {scan.ReasonsAdded} reasons added"));
        await db.SaveAsync(cancellationToken, "Another scan of this centre ran at the same time: run it again.");
        return scan;
    }

    /// <summary>The last time anyone of the centre saw each household: a home visit done, a reception, a case opened.</summary>
    private async Task<IEnumerable<(Guid HouseholdId, Observation Observation)>> ContactsAsync(CancellationToken cancellationToken)
    {
        var visits = await db.Visits.AsNoTracking().Where(v => v.Status == VisitStatus.Done && v.VisitedAt != null)
            .GroupBy(v => v.HouseholdId).Select(g => new { HouseholdId = g.Key, At = g.Max(v => v.VisitedAt!.Value) }).ToListAsync(cancellationToken);
        var receptions = await db.Receptions.AsNoTracking().Where(r => r.HouseholdId != null)
            .GroupBy(r => r.HouseholdId!.Value).Select(g => new { HouseholdId = g.Key, At = g.Max(r => r.ReceivedAt) }).ToListAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking()
            .GroupBy(c => c.HouseholdId).Select(g => new { HouseholdId = g.Key, At = g.Max(c => c.UpdatedAt) }).ToListAsync(cancellationToken);
        return visits.Concat(receptions).Concat(cases).Select(c => (c.HouseholdId, new Observation(ObservationKind.Contact, c.At)));
    }
}
