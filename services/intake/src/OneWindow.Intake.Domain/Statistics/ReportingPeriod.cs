using OneWindow.Common.Errors;

namespace OneWindow.Intake.Domain.Statistics;

/// <summary>The days a report covers: a day, the Monday-to-Sunday week or the calendar month containing a day.</summary>
public sealed record ReportingPeriod(StatisticsPeriod Kind, DateOnly From, DateOnly To)
{
    /// <summary>Longest period a report covers, so one request never reads a year of a district.</summary>
    public const int MaxDays = 31;

    public static ReportingPeriod Containing(StatisticsPeriod kind, DateOnly day) => kind switch
    {
        StatisticsPeriod.Day => new(kind, day, day),
        StatisticsPeriod.Week => new(kind, day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), day.AddDays(-(((int)day.DayOfWeek + 6) % 7) + 6)),
        StatisticsPeriod.Month => new(kind, new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))),
        _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-period", "period is day, week or month.", "period"),
    };

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>How the period is written on a report, in Chinese.</summary>
    public string Title => Kind switch
    {
        StatisticsPeriod.Day => $"{From:yyyy年M月d日}日交接",
        StatisticsPeriod.Week => $"{From:yyyy年M月d日}至{To:M月d日}周总结",
        _ => $"{From:yyyy年M月}月统计",
    };
}
