using System.Globalization;
using System.Security.Claims;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.Review.Application;

/// <summary>Who is calling: the token subject (a staff id) and roles.</summary>
public sealed record Caller(string StaffId, IReadOnlySet<string> Roles)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirst(PlatformClaims.Subject)?.Value ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "No subject in the token.")),
        user.FindAll(PlatformClaims.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal));

    public static Caller Of(ServerCallContext context) => From(context.GetHttpContext().User);

    public bool Is(string role) => Roles.Contains(role);

    /// <summary>Heads, directors and district admins see every file of the centre; reviewers their own.</summary>
    public bool SeesTheCentre => Roles.Overlaps([PlatformRoles.Head, PlatformRoles.Director, PlatformRoles.DistrictAdmin]);
}

/// <summary>Ids, instants and days as the API writes them.</summary>
public static class Wire
{
    public static Guid Id(string? text, string field) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-id", $"{field} is an id (a UUID).", field);

    public static string Instant(DateTimeOffset instant) =>
        ChinaTime.ToChina(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Day(string text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-date", $"{field} is a date as yyyy-MM-dd.", field);

    /// <summary>Kebab-case of a vocabulary enum value, as the API writes them (<c>ByHand</c> → <c>by-hand</c>).</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}

internal static class TransactionExtensions
{
    /// <summary>
    /// Runs the work in a transaction: the one already open (an event handler runs inside its inbox
    /// transaction) or a new one committed at the end, so raw SQL (locks, tallies) and SaveChanges commit together.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
