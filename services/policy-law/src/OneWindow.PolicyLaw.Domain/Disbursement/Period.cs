using System.Globalization;
using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>A month paid for, <c>yyyy-MM</c>.</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    public static Period Parse(string text, string field = "period") =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new Period(day.Year, day.Month)
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-period", "A period is a month as yyyy-MM.", field);

    public static Period Of(DateOnly day) => new(day.Year, day.Month);

    public Period Next() => Month == 12 ? new Period(Year + 1, 1) : new Period(Year, Month + 1);

    public Period Previous() => Month == 1 ? new Period(Year - 1, 12) : new Period(Year, Month - 1);

    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
