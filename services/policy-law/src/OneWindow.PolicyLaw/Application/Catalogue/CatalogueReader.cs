using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Catalogue;

/// <summary>Reads of the catalogue: the version in force today unless a version is asked for.</summary>
public sealed class CatalogueReader(PolicyLawDbContext db, CatalogueCache cache, IServiceScopeFactory scopes, TimeProvider clock)
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

    /// <summary>
    /// The guide in force; for a centre named by the caller, with the centre's note and whether it takes
    /// the item. Only the district guide is cached: the centre's setting is laid over it on each read, so no centre's view
    /// is ever served as the district's or another centre's, and a director's change shows at once.
    /// </summary>
    public async Task<ServiceGuide> GetGuideAsync(string code, string? centre, CancellationToken cancellationToken)
    {
        var guide = await cache.GuideAsync(code, async () =>
        {
            var item = await FindAsync(code, cancellationToken);
            return item.ToGuide(InForce(item));
        });
        var viewer = ViewingCentre(centre);
        if (viewer is null)
        {
            return guide;
        }

        var settings = await CentreSettingsAsync(viewer, cancellationToken);
        return guide.AsShownBy(viewer, settings.GetValueOrDefault(code));
    }

    /// <summary>
    /// The guides in force containing every word of the query (all when none), those named by it first; a centre's view
    /// leaves out what the centre does not take, since a resident choosing from its list expects to be served there.
    /// </summary>
    public async Task<ListGuidesReply> ListGuidesAsync(string? category, string? centre, string? query, CancellationToken cancellationToken)
    {
        var all = await cache.GuidesAsync(async () =>
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
        var viewer = ViewingCentre(centre);
        Dictionary<string, Domain.Catalogue.CentreItemSetting> settings = viewer is null ? [] : await CentreSettingsAsync(viewer, cancellationToken);
        var words = GuideSearch.Words(query);
        var found = new ListGuidesReply();
        found.Guides.AddRange(all.Guides
            .Where(guide => category is null || guide.Category == category)
            .Select(guide => viewer is null ? guide : guide.AsShownBy(viewer, settings.GetValueOrDefault(guide.Code)))
            .Where(guide => !guide.NotOffered && GuideSearch.Contains(guide, words))
            .OrderBy(guide => GuideSearch.NameContains(guide, words) ? 0 : 1));
        return found;
    }

    /// <summary>The item with all its versions, for use cases that decide under a version.</summary>
    public async Task<Domain.Catalogue.ServiceItem> FindAsync(string code, CancellationToken cancellationToken) =>
        await db.ServiceItems.SingleOrDefaultAsync(i => i.Code == code, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-item", $"There is no item '{code}' in the catalogue.", "code");

    /// <summary>
    /// The centre named by the caller (anyone may name one: what a centre offers is public); none is the district guide,
    /// also for a centre's staff, whose desk names files of items their centre may since have stopped taking.
    /// </summary>
    private static string? ViewingCentre(string? named)
    {
        if (string.IsNullOrEmpty(named))
        {
            return null;
        }

        return Tenant.IsValidCentreCode(named)
            ? named
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-centre", $"'{named}' is not a centre code.", "centre");
    }

    /// <summary>
    /// A centre's settings are its rows (row-level security): a resident at its kiosk has no tenant, so they are read in a
    /// scope of that centre, as the centre's own public word.
    /// </summary>
    private async Task<Dictionary<string, Domain.Catalogue.CentreItemSetting>> CentreSettingsAsync(string centre, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
        var centreDb = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
        return await centreDb.CentreItemSettings.AsNoTracking().ToDictionaryAsync(s => s.ItemCode, cancellationToken);
    }

    private ServiceItemVersion InForce(Domain.Catalogue.ServiceItem item) =>
        item.VersionOn(ChinaTime.Today(clock))
        ?? throw new DomainException(DomainErrorKind.NotFound, "item-not-in-force", $"Item '{item.Code}' has no version in force yet.", "code");
}
