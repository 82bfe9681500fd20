using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.SocialWork.Persistence;
using OneWindow.SocialWork.Persistence.ReadModels;

namespace OneWindow.SocialWork.Events;

/// <summary>The Chinese name of each catalogue item, from policy-law's catalogue events (the latest version's).</summary>
public sealed class CatalogueHandler(SocialWorkDbContext db) : IIntegrationEventHandler<CatalogueItemPublished>
{
    public async Task HandleAsync(CatalogueItemPublished published, CancellationToken cancellationToken)
    {
        var item = await db.Catalogue.SingleOrDefaultAsync(i => i.ItemCode == published.ItemCode, cancellationToken);
        if (item is null)
        {
            db.Catalogue.Add(new CatalogueItemRecord { ItemCode = published.ItemCode, Version = published.Version, Name = published.Name });
        }
        else if (item.Version <= published.Version)
        {
            item.Version = published.Version;
            item.Name = published.Name;
        }
    }
}
