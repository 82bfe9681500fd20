using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Resources;

/// <summary>A resource of the directory described anew, or withdrawn.</summary>
public sealed class UpdateResource(SocialWorkDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Resource> HandleAsync(V1.UpdateResourceRequest request, CancellationToken cancellationToken)
    {
        var resource = await ResourceAsync(request.ResourceId, cancellationToken);
        var now = clock.GetUtcNow();
        if (request.Withdraw)
        {
            resource.Deactivate(now);
        }
        else
        {
            resource.Describe(request.Name, request.Description, ResourceMapping.Services(request.Services), request.Capacity, request.ContactName, request.ContactPhone, request.Address, now);
        }

        audit.Record(new AuditEntry(request.Withdraw ? "withdraw-resource" : "update-resource", "resource", resource.Id.ToString(), resource.Name));
        await db.SaveAsync(cancellationToken);
        return resource.ToContract();
    }

    private async Task<SocialResource> ResourceAsync(string id, CancellationToken cancellationToken)
    {
        var resourceId = Wire.ParseId(id, "resourceId");
        return await db.Resources.SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resource", "There is no such resource in this centre's directory.", "resourceId");
    }
}
