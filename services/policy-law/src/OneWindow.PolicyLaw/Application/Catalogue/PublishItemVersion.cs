using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Catalogue;

/// <summary>
/// District admin: publishes the next version of an item. The version, its audit record and the
/// <see cref="CatalogueItemPublished"/> event commit together; the cached guide is evicted after.
/// </summary>
public sealed class PublishItemVersion(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, CatalogueReader reader, CatalogueCache cache, Eligibility.FactDefinitions facts, TimeProvider clock)
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
            now,
            await facts.DefinedAsync(cancellationToken));
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
        NeedsApproval = version.Terms.NeedsApproval,
        Materials = [.. version.Terms.Materials.Select(m => new RequiredMaterialFact(m.Code, m.Name, m.Original, m.Count, m.Condition))],
    };
}
