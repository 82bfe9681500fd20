using System.Security.Claims;
using OneWindow.Tenancy;

namespace OneWindow.Web.SignIn;

/// <summary>What the console reads of its signed-in user: the claims the provider's token carried.</summary>
public static class ConsoleUser
{
    public const string DeviceKindClaim = "device_kind";
    public const string WindowClaim = "window";

    public static string? Subject(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Subject)?.Value;

    public static string? Centre(this ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Tenant)?.Value;

    public static bool IsDevice(this ClaimsPrincipal user) => user.FindFirst(DeviceKindClaim) is not null;

    public static string? DeviceKind(this ClaimsPrincipal user) => user.FindFirst(DeviceKindClaim)?.Value;

    /// <summary>The window a rating pad rates.</summary>
    public static string? Window(this ClaimsPrincipal user) => user.FindFirst(WindowClaim)?.Value;
}
