using System.Security.Claims;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using OneWindow.Common.Errors;
using OneWindow.Tenancy;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// Who is calling, as the token says: its subject (a staff id, or the client id of a device or a service), its roles,
/// and its centre (none for district-level callers). A service's own questions about a caller (is this a department
/// head, does this caller see the whole centre) are extension members in that service.
/// </summary>
public sealed record Caller(string Subject, IReadOnlySet<string> Roles, string? Centre)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirst(PlatformClaims.Subject)?.Value is { Length: > 0 } subject
            ? subject
            : throw new DomainException(DomainErrorKind.Unauthenticated, "no-subject", "The token does not say who is calling (no sub claim)."),
        user.FindAll(PlatformClaims.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal),
        user.FindFirst(PlatformClaims.Tenant)?.Value);

    public static Caller Of(ServerCallContext context) => From(context.GetHttpContext().User);

    public static Caller Of(HttpContext context) => From(context.User);

    public bool Is(string role) => Roles.Contains(role);
}
