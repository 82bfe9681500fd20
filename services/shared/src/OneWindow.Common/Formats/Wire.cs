using System.Globalization;
using System.Text.RegularExpressions;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;

namespace OneWindow.Common.Formats;

/// <summary>
/// How every API of the platform writes and reads its values: ids as UUIDs, days as <c>yyyy-MM-dd</c>, months as
/// <c>yyyy-MM</c>, instants in China time with their offset, yuan as <c>"0.00"</c>, vocabulary in kebab-case. A value
/// that does not parse is a 400 naming its field, with one error code per kind of value.
/// </summary>
public static partial class Wire
{
    public static Guid ParseId(string? text, string field) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-id", $"{field} is an id (a UUID).", field);

    public static Guid? OptionalId(string? text, string field) => string.IsNullOrEmpty(text) ? null : ParseId(text, field);

    /// <summary>An id, or empty for none (proto strings are never null).</summary>
    public static string Text(Guid? id) => id?.ToString() ?? string.Empty;

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } i ? ChinaTime.ToChina(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// An instant to the microsecond, as PostgreSQL keeps it (<c>2026-11-20T09:30:00.123456+08:00</c>): for records read
    /// side by side from several services and put in the order they happened, where the same second is common.
    /// </summary>
    public static string PreciseInstant(DateTimeOffset instant) =>
        ChinaTime.ToChina(instant).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);

    /// <summary>An ISO 8601 instant that says its offset (<c>2026-11-20T09:30:00+08:00</c>): a bare local time is ambiguous.</summary>
    public static DateTimeOffset ParseInstant(string? text, string field) =>
        text is not null && OffsetPattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-instant", $"{field} is a date and time with its offset, e.g. \"2026-11-20T09:30:00+08:00\".", field);

    /// <summary>An instant as <see cref="ParseInstant(string?, string)"/>, or <paramref name="otherwise"/> when empty.</summary>
    public static DateTimeOffset ParseInstant(string? text, string field, DateTimeOffset otherwise) =>
        string.IsNullOrWhiteSpace(text) ? otherwise : ParseInstant(text, field);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static DateOnly ParseDay(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-date", $"{field} is a date as yyyy-MM-dd.", field);

    public static DateOnly? OptionalDay(string? text, string field) => string.IsNullOrEmpty(text) ? null : ParseDay(text, field);

    /// <summary>A day as <see cref="ParseDay"/>, or today in China when empty.</summary>
    public static DateOnly DayOrToday(string? text, string field, TimeProvider clock) =>
        string.IsNullOrEmpty(text) ? ChinaTime.Today(clock) : ParseDay(text, field);

    /// <summary>The calendar month (China time) an instant falls in, as <c>yyyy-MM</c>.</summary>
    public static string MonthOf(DateTimeOffset instant) => ChinaTime.ToChina(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of a month written <c>yyyy-MM</c>.</summary>
    public static DateOnly FirstDay(string? month, string field = "month") =>
        month is not null && MonthPattern().IsMatch(month) && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-month", $"{field} is a month as yyyy-MM.", field);

    public static DateOnly LastDay(string? month, string field = "month") => FirstDay(month, field).AddMonths(1).AddDays(-1);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A non-negative amount in yuan with at most two decimals.</summary>
    public static decimal ParseMoney(string? text, string field) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && decimal.Round(value, 2) == value
            ? value
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", $"{field} is a non-negative amount in yuan with at most two decimals, e.g. \"2400.00\".", field);

    /// <summary>Performance points, one decimal.</summary>
    public static string Points(decimal points) => points.ToString("0.0", CultureInfo.InvariantCulture);

    public static decimal ParseNumber(string? text, string field, string example) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-number", $"{field} is a number such as \"{example}\".", field);

    /// <summary>Kebab-case of a vocabulary enum value (<c>ByHand</c> → <c>by-hand</c>).</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    /// <summary>A proto enum (its zero is "unspecified") to the domain enum of the same names in the same order.</summary>
    public static TDomain ToDomain<TDomain>(Enum value, string field)
        where TDomain : struct, Enum
    {
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture) - 1;
        return number >= 0 && Enum.IsDefined(typeof(TDomain), number)
            ? (TDomain)Enum.ToObject(typeof(TDomain), number)
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-choice", $"{field} must be one of {string.Join(", ", Enum.GetNames<TDomain>())}.", field);
    }

    /// <summary>A domain enum to the proto enum of the same names, one further on (after "unspecified").</summary>
    public static TProto ToContract<TProto>(Enum value)
        where TProto : struct, Enum =>
        (TProto)Enum.ToObject(typeof(TProto), Convert.ToInt32(value, CultureInfo.InvariantCulture) + 1);

    [GeneratedRegex(@"^[0-9]{4}-(0[1-9]|1[0-2])\z", RegexOptions.CultureInvariant)]
    public static partial Regex MonthPattern();

    [GeneratedRegex(@"T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
