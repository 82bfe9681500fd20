using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Review.Persistence;
using OneWindow.Review.Persistence.ReadModels;

namespace OneWindow.Review.Events;

/// <summary>review's read model of the district catalogue: every published version, recorded once.</summary>
public sealed class CatalogueHandler(ReviewDbContext db) : IIntegrationEventHandler<CatalogueItemPublished>
{
    public async Task HandleAsync(CatalogueItemPublished published, CancellationToken cancellationToken)
    {
        if (await db.Catalogue.AnyAsync(e => e.ItemCode == published.ItemCode && e.Version == published.Version, cancellationToken))
        {
            return;
        }

        db.Catalogue.Add(new CatalogueEntry
        {
            ItemCode = published.ItemCode,
            Version = published.Version,
            Name = published.Name,
            Kind = published.Kind,
            TimeLimitWorkingDays = published.TimeLimitWorkingDays,
            TimeLimited = published.TimeLimited,
            SupervisorStaffId = published.SupervisorStaffId,
            NeedsApproval = published.NeedsApproval,
            Materials = [.. published.Materials.Select(m => new CatalogueMaterial(m.Code, m.Name))],
        });
    }
}
