using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Catalogue;

/// <summary>District admin: adds an item to the district standard (its first version comes with <see cref="PublishItemVersion"/>).</summary>
public sealed class CreateServiceItem(PolicyLawDbContext db, IAuditTrail audit)
{
    public async Task<V1.ServiceItem> HandleAsync(CreateItemRequest request, CancellationToken cancellationToken)
    {
        var item = Domain.Catalogue.ServiceItem.Create(
            request.Code, request.Name, request.NameEn, request.Category, request.Kind.ToDomain(), request.WindowType.ToDomain(), request.Scope.ToDomain());
        if (await db.ServiceItems.AnyAsync(i => i.Code == item.Code, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "item-exists", $"The catalogue already has an item '{item.Code}'.", "code");
        }

        db.ServiceItems.Add(item);
        audit.Record(new AuditEntry("create-item", "service-item", item.Code));
        await db.SaveChangesAsync(cancellationToken);
        return new V1.ServiceItem { Code = item.Code, Name = item.Name, NameEn = item.NameEn, Category = item.Category, Kind = request.Kind, WindowType = request.WindowType, Scope = request.Scope };
    }
}

/// <summary>
/// District admin: publishes the next version of an item. The version, its audit record and the
/// <see cref="CatalogueItemPublished"/> event commit together; the cached guide is evicted after.
/// </summary>
public sealed class PublishItemVersion(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, CatalogueReader reader, CatalogueCache cache, TimeProvider clock)
{
    public async Task<V1.ServiceItem> HandleAsync(PublishVersionRequest request, string publishedBy, CancellationToken cancellationToken)
    {
        var item = await reader.FindAsync(request.Code, cancellationToken);
        var now = clock.GetUtcNow();
        var version = item.Publish(
            (request.Terms ?? throw new DomainException(DomainErrorKind.Invalid, "terms-required", "terms are required.", "terms")).ToDomain(),
            CatalogueMapping.ParseDate(request.EffectiveFrom, "effectiveFrom"),
            ChinaTime.Today(clock),
            publishedBy,
            now);
        audit.Record(new AuditEntry("publish-item-version", "service-item", $"{item.Code}@{version.Version}"));
        outbox.Add(Published(item, version, now));
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(item.Code);
        return item.ToContract(version, null);
    }

    public static CatalogueItemPublished Published(Domain.Catalogue.ServiceItem item, ServiceItemVersion version, DateTimeOffset at) => new()
    {
        OccurredAt = at,
        Tenant = null,
        ItemCode = item.Code,
        Version = version.Version,
        Name = item.Name,
        Category = item.Category,
        EffectiveFrom = version.EffectiveFrom,
        Kind = item.Kind,
        WindowType = item.WindowType,
        Scope = item.Scope,
        TimeLimitWorkingDays = version.Terms.TimeLimitWorkingDays,
        TimeLimited = version.Terms.TimeLimited,
        SupervisorStaffId = version.Terms.SupervisorStaffId,
        RecurrenceMonths = version.Terms.RecurrenceMonths,
        Materials = [.. version.Terms.Materials.Select(m => new RequiredMaterialFact(m.Code, m.Name, m.Original, m.Count, m.Condition))],
    };
}

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
