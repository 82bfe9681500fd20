using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Domain.Catalogue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Events;

/// <summary>Keeps intake's read model of the district catalogue and of this centre's item settings.</summary>
public sealed class CatalogueHandlers(IntakeDbContext db, CatalogueSnapshot snapshot) :
    IIntegrationEventHandler<CatalogueItemPublished>,
    IIntegrationEventHandler<CentreItemSettingsChanged>
{
    public async Task HandleAsync(CatalogueItemPublished published, CancellationToken cancellationToken)
    {
        // A version never changes once published: recording it twice records it once.
        if (await db.Catalogue.AnyAsync(e => e.ItemCode == published.ItemCode && e.Version == published.Version, cancellationToken))
        {
            return;
        }

        db.Catalogue.Add(CatalogueEntry.Record(
            published.ItemCode, published.Version, published.Name, published.Category, published.EffectiveFrom, published.Kind, published.WindowType,
            published.Scope, published.TimeLimitWorkingDays, published.TimeLimited, published.RecurrenceMonths,
            published.Materials.Select(m => new RequiredMaterial(m.Code, m.Name, m.Original, m.Count, m.Condition))));
        snapshot.Invalidate();
    }

    public async Task HandleAsync(CentreItemSettingsChanged changed, CancellationToken cancellationToken)
    {
        var setting = await db.CentreItemSettings.SingleOrDefaultAsync(s => s.ItemCode == changed.ItemCode, cancellationToken);
        if (setting is null)
        {
            setting = CentreItemSetting.For(changed.ItemCode);
            db.CentreItemSettings.Add(setting);
        }

        setting.Change(changed.Enabled, changed.LocalNote, changed.OccurredAt);
    }
}
