using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.HrPayroll.Application;

/// <summary>Who is calling: the token subject (a staff id) and roles.</summary>
public sealed record Caller(string StaffId, IReadOnlySet<string> Roles)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirst(PlatformClaims.Subject)?.Value ?? throw new InvalidOperationException("No subject in an authenticated token."),
        user.FindAll(PlatformClaims.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal));

    /// <summary>A head who is not also hr-admin, director or district-admin sees only their department.</summary>
    public bool SeesOnlyOwnDepartment =>
        Roles.Contains(PlatformRoles.Head) && !Roles.Overlaps([PlatformRoles.HrAdmin, PlatformRoles.Director, PlatformRoles.DistrictAdmin]);

    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>Calendar months (<c>yyyy-MM</c>) and dates (<c>yyyy-MM-dd</c>) as the API writes them.</summary>
public static partial class Dates
{
    public static string MonthOf(DateTimeOffset instant) => ChinaTime.ToChina(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly FirstDay(string month, string field = "month") =>
        MonthPattern().IsMatch(month) && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-month", $"{field} is a month as yyyy-MM.", field);

    public static DateOnly LastDay(string month) => FirstDay(month).AddMonths(1).AddDays(-1);

    public static DateOnly Parse(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-date", $"{field} is a date as yyyy-MM-dd.", field);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Points(decimal points) => points.ToString("0.0", CultureInfo.InvariantCulture);

    public static decimal ParseDecimal(string? text, string field, string example) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-number", $"{field} is a number such as \"{example}\".", field);

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    public static partial Regex MonthPattern();
}
