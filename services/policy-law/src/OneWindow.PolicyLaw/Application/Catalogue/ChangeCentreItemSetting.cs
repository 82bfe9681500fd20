using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Catalogue;

/// <summary>Centre director: offers an item or not at their centre, with a local note (一街一策).</summary>
public sealed class ChangeCentreItemSetting(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, CatalogueReader reader, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.CentreItemSetting> HandleAsync(SetCentreItemSettingRequest request, string changedBy, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        await reader.FindAsync(request.ItemCode, cancellationToken);
        var setting = await db.CentreItemSettings.SingleOrDefaultAsync(s => s.ItemCode == request.ItemCode, cancellationToken);
        if (setting is null)
        {
            setting = Domain.Catalogue.CentreItemSetting.For(request.ItemCode);
            db.CentreItemSettings.Add(setting);
        }

        var now = clock.GetUtcNow();
        setting.Change(request.Enabled, request.LocalNote, request.SupervisorStaffId, changedBy, now);
        audit.Record(new AuditEntry(request.Enabled ? "enable-item" : "disable-item", "centre-item-setting", request.ItemCode, setting.LocalNote));
        outbox.Add(new CentreItemSettingsChanged
        {
            OccurredAt = now,
            Tenant = centre,
            ItemCode = setting.ItemCode,
            Enabled = setting.Enabled,
            LocalNote = setting.LocalNote,
            SupervisorStaffId = setting.SupervisorStaffId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new V1.CentreItemSetting { ItemCode = setting.ItemCode, Enabled = setting.Enabled, LocalNote = setting.LocalNote, SupervisorStaffId = setting.SupervisorStaffId };
    }
}
