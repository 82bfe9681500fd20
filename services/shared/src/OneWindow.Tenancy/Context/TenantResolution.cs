using System.Security.Claims;

namespace OneWindow.Tenancy;

/// <summary>Outcome of reading the tenant from a caller's token and the centre it names, if any.</summary>
public abstract record TenantResolution
{
    private TenantResolution()
    {
    }

    public sealed record Resolved(Tenant Tenant) : TenantResolution;

    /// <summary>
    /// The caller named a centre it may not act on (<c>not-your-centre</c>), or its token has no scope it could act in
    /// (<c>no-centre-scope</c>): 403, and the code is what the audit trail records.
    /// </summary>
    public sealed record Forbidden(string Code, string Reason, string? Field = null) : TenantResolution;

    /// <summary>The caller named something that is not a centre code (400).</summary>
    public sealed record Invalid(string Field, string Reason) : TenantResolution;

    public const string NotYourCentre = "not-your-centre";

    public const string NoScope = "no-centre-scope";

    /// <summary>The caller's token names its own centre, but the district has closed it or never registered it.</summary>
    public const string CentreClosed = "centre-not-open";

    public static TenantResolution Resolve(ClaimsPrincipal user, string? namedCentre)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return new Resolved(Tenant.None);
        }

        if (namedCentre is not null && !Tenant.IsValidCentreCode(namedCentre))
        {
            return new Invalid(PlatformClaims.CentreHeader, $"'{namedCentre}' is not a centre code.");
        }

        var own = user.FindFirst(PlatformClaims.Tenant)?.Value;
        if (own is not null)
        {
            if (!Tenant.IsValidCentreCode(own))
            {
                return new Forbidden(NoScope, "The token's tenant is not a centre code.");
            }

            return namedCentre is null || namedCentre == own
                ? new Resolved(Tenant.Centre(own))
                : new Forbidden(NotYourCentre, $"A token for centre '{own}' cannot act on centre '{namedCentre}'.");
        }

        if (PlatformClaims.IsDistrictLevel(user))
        {
            return new Resolved(namedCentre is null ? Tenant.District : Tenant.Centre(namedCentre, namedByDistrict: true));
        }

        // A district role is district-level only with the district's claim: an hr-admin token that merely lacks its
        // centre is nobody's, and is told so rather than answered with an empty centre (docs/adr/0031).
        if (PlatformClaims.DistrictRoles.Any(user.IsInRole))
        {
            return new Forbidden(NoScope, "The token names neither a centre (tenant) nor the district (district): it acts on no centre's data.", PlatformClaims.Tenant);
        }

        return namedCentre is null
            ? new Resolved(Tenant.None)
            : new Forbidden(NotYourCentre, "Only district-level roles may name a centre.");
    }
}
