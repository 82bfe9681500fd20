using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Intake.Domain.Catalogue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Application.Catalogue;

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
