using System.Security.Claims;

namespace OneWindow.Tenancy;

/// <summary>
/// The claims every OneWindow token carries, unmapped: <c>sub</c>, <c>role</c> (one per role) and
/// <c>tenant</c>. Centre staff carry their centre code as tenant; district staff carry none and hold a
/// district-level role. Nobody else can choose a tenant.
/// </summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Tenant = "tenant";

    /// <summary>District-level callers name the centre they act on in this header.</summary>
    public const string CentreHeader = "X-OneWindow-Centre";

    /// <summary>Roles that may act above a single centre (docs/roles.md).</summary>
    public static IReadOnlySet<string> DistrictRoles { get; } = new HashSet<string>(StringComparer.Ordinal) { "district-admin", "hr-admin" };

    public static bool IsDistrictLevel(ClaimsPrincipal user) =>
        user.FindFirst(Tenant) is null && DistrictRoles.Any(user.IsInRole);
}
