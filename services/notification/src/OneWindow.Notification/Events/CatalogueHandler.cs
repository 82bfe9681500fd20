using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Persistence;
using OneWindow.Notification.Persistence.ReadModels;

namespace OneWindow.Notification.Events;

/// <summary>The district's catalogue from policy-law: item and material names, and which items recur.</summary>
public sealed class CatalogueHandler(NotificationDbContext db) : IIntegrationEventHandler<CatalogueItemPublished>
{
    public async Task HandleAsync(CatalogueItemPublished published, CancellationToken cancellationToken)
    {
        if (await db.Catalogue.AnyAsync(c => c.ItemCode == published.ItemCode && c.Version == published.Version, cancellationToken))
        {
            return;
        }

        db.Catalogue.Add(new CatalogueRecord
        {
            ItemCode = published.ItemCode,
            Version = published.Version,
            Name = published.Name,
            RecurrenceMonths = published.RecurrenceMonths,
            Materials = published.Materials.ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal),
        });
    }
}
