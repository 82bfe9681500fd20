using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Bundling;
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
        var items = await catalogue.AllInForceAsync(cancellationToken);
        var disabled = await catalogue.DisabledAsync(cancellationToken);
        var periodic = items.Where(i => i.RecurrenceMonths is > 0 && !disabled.Contains(i.ItemCode)).Select(i => new PeriodicItem(i.ItemCode, i.Name, i.RecurrenceMonths!.Value)).ToList();
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

    public async Task<Contract.DueItemsReply> ListAsync(string householdIdText, bool includeEligible, CancellationToken cancellationToken)
    {
        var householdId = Wire.ParseId(householdIdText, "householdId");
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == householdId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre.", "householdId");
        var reply = new Contract.DueItemsReply();
        reply.Items.AddRange(await PeriodicAsync(householdId, cancellationToken));
        if (!includeEligible)
        {
            return reply;
        }

        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == householdId).ToListAsync(cancellationToken);
        var eligible = await eligibility.FindAsync(household.Facts(members, ChinaTime.Today(clock)), cancellationToken);
        reply.EligibilityChecked = eligible is not null;
        if (eligible is not null)
        {
            var items = (await catalogue.AllInForceAsync(cancellationToken)).ToDictionary(i => i.ItemCode, StringComparer.Ordinal);
            var disabled = await catalogue.DisabledAsync(cancellationToken);
            var known = await db.Files.AsNoTracking().Where(f => f.HouseholdId == householdId).Select(f => f.ItemCode).Distinct().ToListAsync(cancellationToken);
            var skip = known.Concat(household.Benefits).Concat(reply.Items.Select(i => i.ItemCode)).ToHashSet(StringComparer.Ordinal);
            foreach (var result in eligible.Where(r => !skip.Contains(r.ItemCode) && !disabled.Contains(r.ItemCode) && items.TryGetValue(r.ItemCode, out var i) && i.RecurrenceMonths is null))
            {
                reply.Items.Add(new Contract.DueItem { ItemCode = result.ItemCode, Name = items[result.ItemCode].Name, DueOn = Wire.Day(ChinaTime.Today(clock)), Reason = result.Reason, Source = "eligible" });
            }
        }

        return reply;
    }
}
