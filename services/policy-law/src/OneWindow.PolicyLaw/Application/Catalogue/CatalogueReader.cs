using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Catalogue;

/// <summary>Reads of the catalogue: the version in force today unless a version is asked for.</summary>
public sealed class CatalogueReader(PolicyLawDbContext db, CatalogueCache cache, TimeProvider clock)
{
    public async Task<ListItemsReply> ListItemsAsync(string? category, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var items = await db.ServiceItems.AsNoTracking()
            .Where(i => category == null || i.Category == category)
            .OrderBy(i => i.Category).ThenBy(i => i.Code)
            .ToListAsync(cancellationToken);
        // A centre's own settings only: district staff read every centre's rows, which are no one item's setting.
        var settings = db.Tenant.Current.CentreCode is null
            ? []
            : await db.CentreItemSettings.AsNoTracking().ToDictionaryAsync(s => s.ItemCode, cancellationToken);
        var reply = new ListItemsReply();
        reply.Items.AddRange(items
            .Select(item => (item, version: item.VersionOn(today)))
            .Where(x => x.version is not null)
            .Select(x => x.item.ToContract(x.version!, settings.GetValueOrDefault(x.item.Code))));
        return reply;
    }

    public async Task<V1.ServiceItem> GetItemAsync(string code, int? version, CancellationToken cancellationToken)
    {
        var item = await FindAsync(code, cancellationToken);
        var chosen = version is { } v ? item.Version(v) : InForce(item);
        var setting = db.Tenant.Current.CentreCode is null
            ? null
            : await db.CentreItemSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ItemCode == code, cancellationToken);
        return item.ToContract(chosen, setting);
    }

    public Task<ServiceGuide> GetGuideAsync(string code, CancellationToken cancellationToken) =>
        cache.GuideAsync(code, async () =>
        {
            var item = await FindAsync(code, cancellationToken);
            return item.ToGuide(InForce(item));
        });

    public Task<ListGuidesReply> ListGuidesAsync(CancellationToken cancellationToken) =>
        cache.GuidesAsync(async () =>
        {
            var today = ChinaTime.Today(clock);
            var items = await db.ServiceItems.AsNoTracking().OrderBy(i => i.Category).ThenBy(i => i.Code).ToListAsync(cancellationToken);
            var reply = new ListGuidesReply();
            reply.Guides.AddRange(items
                .Select(item => (item, version: item.VersionOn(today)))
                .Where(x => x.version is not null)
                .Select(x => x.item.ToGuide(x.version!)));
            return reply;
        });

    /// <summary>The item with all its versions, for use cases that decide under a version.</summary>
    public async Task<Domain.Catalogue.ServiceItem> FindAsync(string code, CancellationToken cancellationToken) =>
        await db.ServiceItems.SingleOrDefaultAsync(i => i.Code == code, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-item", $"There is no item '{code}' in the catalogue.", "code");

    private ServiceItemVersion InForce(Domain.Catalogue.ServiceItem item) =>
        item.VersionOn(ChinaTime.Today(clock))
        ?? throw new DomainException(DomainErrorKind.NotFound, "item-not-in-force", $"Item '{item.Code}' has no version in force yet.", "code");
}
