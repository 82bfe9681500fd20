using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application;

/// <summary>The silent-family rules: read by every social worker, changed by the district (the district standard).</summary>
public sealed class RuleBook(SocialWorkDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.ListRulesReply> ListAsync(CancellationToken cancellationToken)
    {
        var reply = new V1.ListRulesReply();
        reply.Rules.AddRange((await db.Rules.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken)).Select(r => r.ToDomain().ToContract()));
        return reply;
    }

    public async Task<V1.Rule> UpdateAsync(V1.UpdateRuleRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var record = await db.Rules.SingleOrDefaultAsync(r => r.Code == request.Code, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-rule", "There is no such silent-family rule.", "code");
        var p = request.Parameters ?? new V1.RuleParameters();
        decimal? percent = null;
        if (p.Percent is { } text)
        {
            percent = decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new DomainException(DomainErrorKind.Invalid, "invalid-rule-parameter", "percent is a number such as \"30\".", "parameters.percent");
        }

        var rule = record.ToDomain().With(
            request.Enabled,
            new RuleParameters { Days = p.Days, Months = p.Months, Count = p.Count, MinAge = p.MinAge, MaxDisabilityGrade = p.MaxDisabilityGrade, Percent = percent },
            request.Description);
        record.Enabled = rule.Enabled;
        record.Parameters = rule.Parameters;
        record.Description = rule.Description;
        record.UpdatedBy = caller.Subject;
        record.UpdatedAt = clock.GetUtcNow();
        audit.Record(new AuditEntry("update-rule", "silent-family-rule", rule.Code, JsonSerializer.Serialize(rule.Parameters, SocialWorkDbContext.DocumentJson)));
        await db.SaveAsync(cancellationToken);
        return rule.ToContract();
    }
}

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

/// <summary>Runs the scan for the caller's centre, or for every centre the district knows of.</summary>
public sealed class ScanSilentFamilies(SocialWorkDbContext db, ITenantContext tenant, IServiceScopeFactory scopes)
{
    public async Task<V1.ScanReply> ScanAsync(CancellationToken cancellationToken)
    {
        var reply = new V1.ScanReply();
        if (tenant.Current.CentreCode is not null)
        {
            reply.Centres.Add(await ScanCentreAsync(tenant.Current, reply, cancellationToken));
            return reply;
        }

        if (!tenant.Current.DistrictWide)
        {
            tenant.RequireCentre();
        }

        var centres = await db.Households.AsNoTracking().Select(h => EF.Property<string>(h, TenantOwnership.PropertyName)).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        foreach (var centre in centres)
        {
            reply.Centres.Add(await ScanCentreAsync(Tenant.Centre(centre, namedByDistrict: true), reply, cancellationToken));
        }

        return reply;
    }

    /// <summary>Each centre in a scope of its own, so each commits (and is isolated) on its own.</summary>
    private async Task<V1.CentreScan> ScanCentreAsync(Tenant centre, V1.ScanReply reply, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(centre);
        return await scope.ServiceProvider.GetRequiredService<SilentFamilyScanner>().ScanAsync(reply.Raised, cancellationToken);
    }
}

/// <summary>A worker's decision on a finding: accept (a case is opened), dismiss with a reason, or defer to a date.</summary>
public sealed class FindingUseCases(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.ListFindingsReply> ListAsync(V1.ListFindingsRequest request, CancellationToken cancellationToken)
    {
        var query = db.Findings.AsNoTracking();
        if (request.Status == V1.FindingStatus.Unspecified)
        {
            query = query.Where(f => f.Status == FindingStatus.Open || f.Status == FindingStatus.Deferred);
        }
        else
        {
            var status = Wire.ToDomain<FindingStatus>(request.Status, "status");
            query = query.Where(f => f.Status == status);
        }

        var findings = await query.OrderBy(f => f.FoundAt).Take(1_000).ToListAsync(cancellationToken);
        var reply = new V1.ListFindingsReply();
        reply.Findings.AddRange(findings.Select(f => f.ToContract()));
        return reply;
    }

    public async Task<V1.Case> AcceptAsync(V1.AcceptFindingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var finding = await FindingAsync(request.FindingId, cancellationToken);
        var lead = string.IsNullOrWhiteSpace(request.LeadWorker) ? caller.Subject : request.LeadWorker.Trim();
        if (lead != caller.Subject && !caller.IsDepartmentHead)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "head-assigns", "Only the department head names another worker as lead.", "leadWorker");
        }

        await access.EnsureNoOpenCaseAsync(finding.HouseholdId, cancellationToken);
        var socialCase = finding.Accept(Guid.CreateVersion7(), lead, caller.Subject, clock.GetUtcNow());
        db.Cases.Add(socialCase);
        audit.Record(new AuditEntry("accept-finding", "finding", finding.Id.ToString()));
        audit.Record(new AuditEntry("open-case", "case", socialCase.Id.ToString(), socialCase.Origin.ToString()));
        outbox.Add(new CaseOpened { OccurredAt = socialCase.OpenedAt, Tenant = tenant.RequireCentre(), CaseId = socialCase.Id, HouseholdId = socialCase.HouseholdId, WorkerStaffId = lead });
        await db.SaveAsync(cancellationToken);
        return socialCase.ToContract([]);
    }

    public async Task<V1.Finding> DismissAsync(V1.DismissFindingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var finding = await FindingAsync(request.FindingId, cancellationToken);
        finding.Dismiss(request.Reason, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("dismiss-finding", "finding", finding.Id.ToString(), finding.DismissReason));
        await db.SaveAsync(cancellationToken);
        return finding.ToContract();
    }

    public async Task<V1.Finding> DeferAsync(V1.DeferFindingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var until = Wire.ParseDay(request.Until, "until");
        var finding = await FindingAsync(request.FindingId, cancellationToken);
        finding.Defer(until, ChinaTime.Today(clock), caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("defer-finding", "finding", finding.Id.ToString(), Wire.Day(until)));
        await db.SaveAsync(cancellationToken);
        return finding.ToContract();
    }

    private async Task<SilentFamilyFinding> FindingAsync(string id, CancellationToken cancellationToken)
    {
        var findingId = Wire.ParseId(id, "findingId");
        return await db.Findings.SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-finding", "There is no such finding in this centre.", "findingId");
    }
}

/// <summary>Puts the default silent-family rules in every database at migration, leaving rules the district changed alone.</summary>
internal sealed class DefaultRules : OneWindow.Tenancy.IPostMigrationStep
{
    public async Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken)
    {
        foreach (var rule in SilentFamilyRule.Defaults)
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO silent_family_rules (code, kind, enabled, parameters, description, updated_by, updated_at)
                VALUES ($1, $2, $3, $4::jsonb, $5, 'system:migrate', now())
                ON CONFLICT (code) DO NOTHING
                """,
                ownerConnection)
            {
                Parameters =
                {
                    new NpgsqlParameter { Value = rule.Code },
                    new NpgsqlParameter { Value = rule.Kind.ToString() },
                    new NpgsqlParameter { Value = rule.Enabled },
                    new NpgsqlParameter { Value = JsonSerializer.Serialize(rule.Parameters, SocialWorkDbContext.DocumentJson) },
                    new NpgsqlParameter { Value = rule.Description },
                },
            };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
