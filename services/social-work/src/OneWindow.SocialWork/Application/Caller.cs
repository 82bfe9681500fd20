using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.SocialWork.Application;

/// <summary>Who is calling: the token subject (a staff id) and roles.</summary>
public sealed record Caller(string StaffId, IReadOnlySet<string> Roles)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirst(PlatformClaims.Subject)?.Value ?? throw new InvalidOperationException("No subject in an authenticated token."),
        user.FindAll(PlatformClaims.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal));

    public static Caller Of(ServerCallContext context) => From(context.GetHttpContext().User);

    /// <summary>
    /// The head of the social work department: a head who is also a social worker (heads of other departments
    /// hold head with their own department's role, and see no case at all).
    /// </summary>
    public bool IsDepartmentHead => Is(PlatformRoles.Head) && Is(PlatformRoles.SocialWorker);

    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>Ids, dates, instants and amounts as the API writes them.</summary>
public static partial class Wire
{
    public static Guid Id(string? text, string field) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-id", $"{field} is an id (a UUID).", field);

    public static Guid? OptionalId(string? text, string field) => string.IsNullOrEmpty(text) ? null : Id(text, field);

    public static string Text(Guid? id) => id?.ToString() ?? string.Empty;

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } i ? ChinaTime.ToChina(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>An ISO 8601 instant that says its offset (<c>2026-11-20T09:30:00+08:00</c>): a bare local time is ambiguous.</summary>
    public static DateTimeOffset ParseInstant(string? text, string field) =>
        text is not null && OffsetPattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-instant", $"{field} is a date and time with its offset, e.g. \"2026-11-20T09:30:00+08:00\".", field);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static DateOnly ParseDay(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-date", $"{field} is a date as yyyy-MM-dd.", field);

    public static DateOnly? OptionalDay(string? text, string field) => string.IsNullOrEmpty(text) ? null : ParseDay(text, field);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static decimal Money(string? text, string field) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && decimal.Round(value, 2) == value
            ? value
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", $"{field} is a non-negative amount in yuan with at most two decimals, e.g. \"2400.00\".", field);

    /// <summary>A proto enum (its zero is "unspecified") to the domain enum of the same names in the same order.</summary>
    public static TDomain ToDomain<TDomain>(Enum value, string field)
        where TDomain : struct, Enum
    {
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture) - 1;
        return number >= 0 && Enum.IsDefined(typeof(TDomain), number)
            ? (TDomain)Enum.ToObject(typeof(TDomain), number)
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-choice", $"{field} must be one of {string.Join(", ", Enum.GetNames<TDomain>())}.", field);
    }

    public static TProto ToContract<TProto>(Enum value)
        where TProto : struct, Enum =>
        (TProto)Enum.ToObject(typeof(TProto), Convert.ToInt32(value, CultureInfo.InvariantCulture) + 1);

    /// <summary>Saves, turning a lost race (a concurrent change, a duplicate) into a 409 instead of a 500.</summary>
    public static async Task SaveAsync(this DbContext db, CancellationToken cancellationToken, string conflict = "The record was changed meanwhile: reload and try again.")
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new DomainException(DomainErrorKind.Conflict, "changed-meanwhile", conflict);
        }
    }

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
