using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Statistics;

/// <summary>A reporting period: whole days, both ends included.</summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public static Period Of(DateOnly from, DateOnly to) =>
        to < from
            ? throw new DomainException(DomainErrorKind.Invalid, "period-reversed", "to is on or after from.", "to")
            : to.DayNumber - from.DayNumber >= MaxDays
                ? throw new DomainException(DomainErrorKind.Invalid, "period-too-long", $"A period is at most {MaxDays} days.", "to")
                : new Period(from, to);

    /// <summary>The two calendar months before the month of <paramref name="today"/>: the span of the article's report.</summary>
    public static Period TwoMonthsBefore(DateOnly today)
    {
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return new Period(firstOfMonth.AddMonths(-2), firstOfMonth.AddDays(-1));
    }

    public bool Contains(DateOnly day) => day >= From && day <= To;
}
