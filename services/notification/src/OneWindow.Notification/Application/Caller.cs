using System.Globalization;
using System.Security.Claims;
using Grpc.Core;
using Npgsql;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Tenancy;

namespace OneWindow.Notification.Application;

/// <summary>Who is calling: the token subject (a staff id, or a resident's id for residents) and roles.</summary>
public sealed record Caller(string Id, IReadOnlySet<string> Roles)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirst(PlatformClaims.Subject)?.Value ?? throw new InvalidOperationException("No subject in an authenticated token."),
        user.FindAll(PlatformClaims.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal));

    public static Caller Of(ServerCallContext context) => From(context.GetHttpContext().User);

    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>Ids and instants as the API writes them.</summary>
public static class Wire
{
    public static Guid Id(string? text, string field) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-id", $"{field} is an id (a UUID).", field);

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } i ? ChinaTime.ToChina(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>An ISO 8601 instant with its offset, or <paramref name="otherwise"/> when empty.</summary>
    public static DateTimeOffset Instant(string? text, string field, DateTimeOffset otherwise) =>
        string.IsNullOrWhiteSpace(text) ? otherwise
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && HasOffset(text)
            ? instant
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-instant", $"{field} is an instant with its offset, e.g. 2026-11-23T14:05:00+08:00.", field);

    /// <summary>A unique index said no: someone else got there first.</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10;
}
