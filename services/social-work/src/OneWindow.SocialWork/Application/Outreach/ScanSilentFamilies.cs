using Microsoft.EntityFrameworkCore;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>Runs the scan for the caller's centre, or for every centre the district knows of.</summary>
public sealed class ScanSilentFamilies(SocialWorkDbContext db, ITenantContext tenant, IServiceScopeFactory scopes)
{
    public async Task<V1.ScanReply> ScanAsync(CancellationToken cancellationToken)
    {
        var reply = new V1.ScanReply();
        if (tenant.Current.CentreCode is not null)
        {
            reply.Centres.Add(await ScanCentreAsync(tenant.Current, reply, cancellationToken));
            return reply;
        }

        if (!tenant.Current.DistrictWide)
        {
            tenant.RequireCentre();
        }

        var centres = await db.Households.AsNoTracking().Select(h => EF.Property<string>(h, TenantOwnership.PropertyName)).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        foreach (var centre in centres)
        {
            reply.Centres.Add(await ScanCentreAsync(Tenant.Centre(centre, namedByDistrict: true), reply, cancellationToken));
        }

        return reply;
    }

    /// <summary>Each centre in a scope of its own, so each commits (and is isolated) on its own.</summary>
    private async Task<V1.CentreScan> ScanCentreAsync(Tenant centre, V1.ScanReply reply, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(centre);
        return await scope.ServiceProvider.GetRequiredService<SilentFamilyScanner>().ScanAsync(reply.Raised, cancellationToken);
    }
}
