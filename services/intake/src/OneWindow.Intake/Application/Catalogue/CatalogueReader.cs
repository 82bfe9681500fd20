using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Intake.Domain.Bundling;
using OneWindow.Intake.Domain.Catalogue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application.Catalogue;

/// <summary>The district catalogue as policy-law published it, and this centre's settings.</summary>
public sealed class CatalogueReader(IntakeDbContext db, CatalogueSnapshot snapshot, TimeProvider clock)
{
    /// <summary>The version in force today of an item, or 404.</summary>
    public async Task<CatalogueEntry> InForceAsync(string itemCode, CancellationToken cancellationToken) =>
        await FindAsync(entries => CatalogueEntry.InForce(entries.Where(e => e.ItemCode == itemCode), ChinaTime.Today(clock)), cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-item", $"There is no item '{itemCode}' in force in the district catalogue.", "itemCode");

    public async Task<CatalogueEntry> VersionAsync(string itemCode, int version, CancellationToken cancellationToken) =>
        await FindAsync(entries => entries.SingleOrDefault(e => e.ItemCode == itemCode && e.Version == version), cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-item", $"There is no version {version} of item '{itemCode}'.", "itemCode");

    /// <summary>Every item in force today (one version each).</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> AllInForceAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var all = await snapshot.EntriesAsync(db, fresh: false, cancellationToken);
        return [.. all.Where(e => e.EffectiveFrom <= today).GroupBy(e => e.ItemCode).Select(g => g.MaxBy(e => e.Version)!)];
    }

    /// <summary>This centre's setting of an item; an item nobody changed is offered.</summary>
    public async Task<CentreItemSetting?> SettingAsync(string itemCode, CancellationToken cancellationToken) =>
        await db.CentreItemSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ItemCode == itemCode, cancellationToken);

    /// <summary>The periodic items (annual reviews) in force that this centre offers: what can fall due for a household.</summary>
    public async Task<IReadOnlyList<PeriodicItem>> PeriodicAsync(CancellationToken cancellationToken)
    {
        var disabled = await DisabledAsync(cancellationToken);
        return [.. (await AllInForceAsync(cancellationToken)).Where(i => i.RecurrenceMonths is > 0 && !disabled.Contains(i.ItemCode))
            .Select(i => new PeriodicItem(i.ItemCode, i.Name, i.RecurrenceMonths!.Value))];
    }

    public async Task<IReadOnlySet<string>> DisabledAsync(CancellationToken cancellationToken) =>
        (await db.CentreItemSettings.AsNoTracking().Where(s => !s.Enabled).Select(s => s.ItemCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    /// <summary>From the snapshot; an entry not there may have been published a moment ago, so it is looked for again in the database.</summary>
    private async Task<CatalogueEntry?> FindAsync(Func<IReadOnlyList<CatalogueEntry>, CatalogueEntry?> pick, CancellationToken cancellationToken) =>
        pick(await snapshot.EntriesAsync(db, fresh: false, cancellationToken)) ?? pick(await snapshot.EntriesAsync(db, fresh: true, cancellationToken));
}
