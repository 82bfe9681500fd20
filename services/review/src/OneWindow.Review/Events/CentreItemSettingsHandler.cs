using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Review.Persistence;
using OneWindow.Review.Persistence.ReadModels;

namespace OneWindow.Review.Events;

/// <summary>The supervisor each centre names for an item; a setting older than the one held changes nothing.</summary>
public sealed class CentreItemSettingsHandler(ReviewDbContext db) : IIntegrationEventHandler<CentreItemSettingsChanged>
{
    public async Task HandleAsync(CentreItemSettingsChanged changed, CancellationToken cancellationToken)
    {
        var named = await db.CentreSupervisors.SingleOrDefaultAsync(n => n.ItemCode == changed.ItemCode, cancellationToken);
        if (named is null)
        {
            named = new CentreItemSupervisor { Id = Guid.CreateVersion7(), ItemCode = changed.ItemCode };
            db.CentreSupervisors.Add(named);
        }
        else if (changed.OccurredAt < named.ChangedAt)
        {
            return;
        }

        named.SupervisorStaffId = changed.SupervisorStaffId;
        named.ChangedAt = changed.OccurredAt;
    }
}
