using System.Globalization;
using System.Security.Claims;
using Grpc.Core;
using Npgsql;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Tenancy;

namespace OneWindow.Intake.Application;

/// <summary>Who is calling: the token subject (a staff or device id) and roles.</summary>
public sealed record Caller(string Id, IReadOnlySet<string> Roles)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirst(PlatformClaims.Subject)?.Value ?? throw new InvalidOperationException("No subject in an authenticated token."),
        user.FindAll(PlatformClaims.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal));

    public static Caller Of(ServerCallContext context) => From(context.GetHttpContext().User);

    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>Ids, dates and amounts as the API writes them.</summary>
public static class Wire
{
    public static Guid Id(string? text, string field) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-id", $"{field} is an id (a UUID).", field);

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } i ? ChinaTime.ToChina(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : string.Empty;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day written yyyy-MM-dd, or today (China time) when empty.</summary>
    public static DateOnly DayOrToday(string? text, string field, TimeProvider clock) =>
        string.IsNullOrEmpty(text) ? ChinaTime.Today(clock)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new DomainException(DomainErrorKind.Invalid, "invalid-day", $"{field} is a day written yyyy-MM-dd.", field);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static decimal Money(string? text, string field) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && decimal.Round(value, 2) == value
            ? value
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", $"{field} is a non-negative amount in yuan with at most two decimals, e.g. \"4200.00\".", field);

    /// <summary>A unique index said no: someone else got there first.</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
