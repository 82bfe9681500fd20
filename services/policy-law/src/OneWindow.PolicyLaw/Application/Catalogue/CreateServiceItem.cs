using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
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
