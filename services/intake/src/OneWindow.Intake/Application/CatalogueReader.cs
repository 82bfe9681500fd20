using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Intake.Domain.Catalogue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application;

/// <summary>
/// The district catalogue (every published version) held in memory for a short while: every acceptance reads
/// it (the checklist, the items due), it is the same for every centre, and it changes a few times a year. It is
/// dropped when this process records a new version, when an item asked for is not in it, and after
/// <see cref="IntakeOptions.CatalogueCacheFor"/> (so a version recorded by another replica shows within that time).
/// </summary>
public sealed class CatalogueSnapshot(IOptions<IntakeOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (IReadOnlyList<CatalogueEntry> Entries, DateTimeOffset LoadedAt)? _current;

    public async Task<IReadOnlyList<CatalogueEntry>> EntriesAsync(IntakeDbContext db, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && _current is { } current && clock.GetUtcNow() - current.LoadedAt < options.Value.CatalogueCacheFor)
        {
            return current.Entries;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (!fresh && _current is { } loaded && clock.GetUtcNow() - loaded.LoadedAt < options.Value.CatalogueCacheFor)
            {
                return loaded.Entries;
            }

            var entries = await db.Catalogue.AsNoTracking().ToListAsync(cancellationToken);
            _current = (entries, clock.GetUtcNow());
            return entries;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _current = null;
}

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

    public async Task<IReadOnlySet<string>> DisabledAsync(CancellationToken cancellationToken) =>
        (await db.CentreItemSettings.AsNoTracking().Where(s => !s.Enabled).Select(s => s.ItemCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    /// <summary>From the snapshot; an entry not there may have been published a moment ago, so it is looked for again in the database.</summary>
    private async Task<CatalogueEntry?> FindAsync(Func<IReadOnlyList<CatalogueEntry>, CatalogueEntry?> pick, CancellationToken cancellationToken) =>
        pick(await snapshot.EntriesAsync(db, fresh: false, cancellationToken)) ?? pick(await snapshot.EntriesAsync(db, fresh: true, cancellationToken));
}
