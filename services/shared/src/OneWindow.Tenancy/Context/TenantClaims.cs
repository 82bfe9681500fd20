using System.Security.Claims;

namespace OneWindow.Tenancy;

/// <summary>
/// How a token names its tenant: centre staff carry a <c>tenant</c> claim with their centre code;
/// district staff carry none and hold a district-level role. Nobody else can choose a tenant.
/// </summary>
public static class TenantClaims
{
    public const string Tenant = "tenant";

    /// <summary>District-level callers name the centre they act on in this header.</summary>
    public const string CentreHeader = "X-OneWindow-Centre";

    /// <summary>Roles that may act above a single centre (ROLES.md).</summary>
    public static IReadOnlySet<string> DistrictRoles { get; } = new HashSet<string>(StringComparer.Ordinal) { "district-admin", "hr-admin" };

    public static bool IsDistrictLevel(ClaimsPrincipal user) =>
        user.FindFirst(Tenant) is null && DistrictRoles.Any(user.IsInRole);
}
