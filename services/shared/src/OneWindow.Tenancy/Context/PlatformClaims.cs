using System.Security.Claims;

namespace OneWindow.Tenancy;

/// <summary>
/// The claims every OneWindow token carries, unmapped: <c>sub</c>, <c>role</c> (one per role) and either
/// <c>tenant</c> or <c>district</c>. Centre staff carry their centre code as tenant; district staff carry the explicit
/// district claim and a district-level role, so a token that merely lacks a tenant is nobody's district.
/// </summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Tenant = "tenant";

    /// <summary>The district's code, carried only by district-level staff (never together with a tenant).</summary>
    public const string District = "district";

    /// <summary>
    /// A rating pad's window, set by the identity provider when the centre's director approves the pad (never on a
    /// person's token): the pad rates tickets served at that window only.
    /// </summary>
    public const string Window = "window";

    /// <summary>District-level callers name the centre they act on in this header.</summary>
    public const string CentreHeader = "X-OneWindow-Centre";

    /// <summary>Roles that may act above a single centre (docs/roles.md).</summary>
    public static IReadOnlySet<string> DistrictRoles { get; } = new HashSet<string>(StringComparer.Ordinal) { "district-admin", "hr-admin" };

    public static bool IsDistrictLevel(ClaimsPrincipal user) =>
        user.FindFirst(Tenant) is null && user.FindFirst(District) is not null && DistrictRoles.Any(user.IsInRole);
}
