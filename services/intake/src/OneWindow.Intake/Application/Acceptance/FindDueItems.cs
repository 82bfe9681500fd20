using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Bundling;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Acceptance;

/// <summary>
/// 一次性办结: the items due for a household now. Periodic items (annual reviews) come from intake's own
/// completed files and the catalogue's recurrence; items the household newly qualifies for come from
/// policy-law when asked and when it answers.
/// </summary>
public sealed class FindDueItems(IntakeDbContext db, CatalogueReader catalogue, EligibilityPrecheck eligibility, IOptions<IntakeOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<Contract.DueItem>> PeriodicAsync(Guid householdId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OneConnectionAsync(cancellationToken);
        var periodic = await catalogue.PeriodicAsync(cancellationToken);
        var codes = periodic.Select(p => p.ItemCode).ToList();
        var files = await db.Files.AsNoTracking()
            .Where(f => f.HouseholdId == householdId && codes.Contains(f.ItemCode))
            .Select(f => new { f.ItemCode, f.Status, f.Outcome, f.CompletedAt, f.AcceptedAt })
            .ToListAsync(cancellationToken);
        var history = files.GroupBy(f => f.ItemCode).Select(g =>
        {
            var lastGranted = g.Where(f => f.Outcome == CompletionOutcome.Granted).Max(f => f.CompletedAt);
            var open = g.Any(f => f.Status != FileStatus.Completed);
            return new ItemHistory(g.Key, lastGranted is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null, open);
        });
        var due = DueItems.Find(periodic, history, ChinaTime.Today(clock), options.Value.BundlingLookAheadDays, []);
        return [.. due.Select(d => new Contract.DueItem { ItemCode = d.ItemCode, Name = d.Name, DueOn = Wire.Day(d.DueOn), Reason = d.Reason, Source = "periodic" })];
    }

    /// <summary>
    /// What the household may do in this visit, for every member: periodic reviews falling due, and the items each
    /// member newly qualifies for on their own facts (age, hukou, disability) with the household's (income, size), as
    /// policy-law evaluates them, with its clauses and the amount on that member's facts. Items of the whole household
    /// are decided on the facts of the member being served (the head when none is named). An item a member already has a
    /// file for, or the household holds, is not offered again.
    /// </summary>
    public async Task<Contract.DueItemsReply> ListAsync(Contract.ListDueItemsRequest request, CancellationToken cancellationToken)
    {
        var householdId = Wire.ParseId(request.HouseholdId, "householdId");
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == householdId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre.", "householdId");
        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == householdId)
            .OrderBy(r => r.Relation).ThenBy(r => r.BirthDate).ToListAsync(cancellationToken);
        Resident? served = null;
        if (request.ResidentId.Length > 0)
        {
            var residentId = Wire.ParseId(request.ResidentId, "residentId");
            served = members.FirstOrDefault(m => m.Id == residentId)
                ?? throw new DomainException(DomainErrorKind.Invalid, "resident-not-in-household", "residentId is not a member of this household.", "residentId");
        }

        var reply = new Contract.DueItemsReply();
        reply.Items.AddRange(await PeriodicAsync(householdId, cancellationToken));
        if (!request.IncludeEligible)
        {
            return reply;
        }

        var items = (await catalogue.AllInForceAsync(cancellationToken)).ToDictionary(i => i.ItemCode, StringComparer.Ordinal);
        var disabled = await catalogue.DisabledAsync(cancellationToken);
        var files = await db.Files.AsNoTracking().Where(f => f.HouseholdId == householdId)
            .Select(f => new { f.ItemCode, f.ResidentId }).Distinct().ToListAsync(cancellationToken);
        var skip = files.Select(f => f.ItemCode).Concat(household.Benefits).Concat(reply.Items.Select(i => i.ItemCode)).ToHashSet(StringComparer.Ordinal);
        var today = ChinaTime.Today(clock);

        bool Offered(PolicyLaw.V1.EligibilityResult result, ItemScope scope) =>
            !disabled.Contains(result.ItemCode) && items.TryGetValue(result.ItemCode, out var item)
            && item.RecurrenceMonths is null && item.Scope == scope;

        var found = await eligibility.FindAsync(household.Facts(members, today, served), members.Select(m => household.Facts(members, today, m)), cancellationToken);
        // A policy-law that does not yet know `also` answers for the member served only: the offer is then incomplete, and says so.
        reply.EligibilityChecked = found is not null && found.Each.Count == members.Count;
        if (found is null)
        {
            return reply;
        }

        reply.Items.AddRange(found.Eligible.Where(r => Offered(r, ItemScope.Household) && !skip.Contains(r.ItemCode))
            .Select(r => Eligible(r, items[r.ItemCode].Name, string.Empty, today)));
        foreach (var (member, forMember) in members.Zip(found.Each))
        {
            var hasFile = files.Where(f => f.ResidentId == member.Id).Select(f => f.ItemCode).ToHashSet(StringComparer.Ordinal);
            reply.Items.AddRange(forMember.Eligible
                .Where(r => Offered(r, ItemScope.Person) && !hasFile.Contains(r.ItemCode) && !household.Benefits.Contains(r.ItemCode))
                .Select(r => Eligible(r, items[r.ItemCode].Name, member.Id.ToString(), today)));
        }

        return reply;
    }

    private static Contract.DueItem Eligible(PolicyLaw.V1.EligibilityResult result, string name, string residentId, DateOnly today)
    {
        var due = new Contract.DueItem
        {
            ItemCode = result.ItemCode,
            Name = name,
            DueOn = Wire.Day(today),
            Reason = result.Reason,
            Source = "eligible",
            ResidentId = residentId,
            MonthlyAmount = result.MonthlyAmount,
        };
        due.Clauses.AddRange(EligibilityClauses.From(result.Clauses));
        return due;
    }
}
