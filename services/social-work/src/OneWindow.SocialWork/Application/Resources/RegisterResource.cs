using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Resources;

/// <summary>A resource added to the centre's directory (an organisation, volunteers, an employer…).</summary>
public sealed class RegisterResource(SocialWorkDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Resource> HandleAsync(V1.RegisterResourceRequest request, CancellationToken cancellationToken)
    {
        var resource = SocialResource.Register(
            Guid.CreateVersion7(), Wire.ToDomain<ResourceKind>(request.Kind, "kind"), request.Name, request.Description, ResourceMapping.Services(request.Services), request.Capacity,
            request.ContactName, request.ContactPhone, request.Address, clock.GetUtcNow());
        if (await db.Resources.AnyAsync(r => r.Name == resource.Name, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "resource-exists", $"{resource.Name} is already in the directory.", "name");
        }

        db.Resources.Add(resource);
        audit.Record(new AuditEntry("register-resource", "resource", resource.Id.ToString(), resource.Name));
        await db.SaveAsync(cancellationToken, $"{resource.Name} is already in the directory.");
        return resource.ToContract();
    }
}
