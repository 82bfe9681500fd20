using System.Globalization;
using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Statistics;

/// <summary>The work the department reports on (the measures of the Jiangpu Road centre's two-month report).</summary>
public enum WorkKind
{
    /// <summary>人力资源调查 (人次).</summary>
    LabourSurvey,

    /// <summary>接待困难对象 (人次).</summary>
    Reception,

    /// <summary>岗位推荐 (人: a person recommended twice counts once).</summary>
    JobRecommendation,

    /// <summary>入户调查 (人次: visits done).</summary>
    HomeVisit,

    /// <summary>开展个案 (个).</summary>
    CaseOpened,

    /// <summary>结案 (个).</summary>
    CaseClosed,
}

/// <summary>One unit of work on a day (Shanghai date), by a worker, about a person where that matters.</summary>
public sealed record WorkRecord(WorkKind Kind, DateOnly On, string StaffId, Guid? PersonId = null);

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

/// <summary>The department's figures for a period, in the form of the centre's report.</summary>
public sealed record WorkTally(int LabourSurveys, int PeopleReceived, int JobRecommendations, int HomeInvestigations, int CasesOpened, int CasesClosed)
{
    /// <summary>The report sentence, as the article put the Jiangpu Road centre's first two months.</summary>
    public string Report(Period period) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Day(period.From)}至{Day(period.To)}，社会工作部累计开展人力资源调查{LabourSurveys}人次，接待困难对象{PeopleReceived}人次，岗位推荐{JobRecommendations}人，开展民政救助入户调查{HomeInvestigations}人次，开展个案{CasesOpened}个、结案{CasesClosed}个。");

    private static string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";
}

public static class CentreStatistics
{
    public static WorkTally Tally(Period period, IEnumerable<WorkRecord> records)
    {
        var inPeriod = records.Where(r => period.Contains(r.On)).ToList();
        int Count(WorkKind kind) => inPeriod.Count(r => r.Kind == kind);
        return new WorkTally(
            Count(WorkKind.LabourSurvey),
            Count(WorkKind.Reception),
            inPeriod.Where(r => r.Kind == WorkKind.JobRecommendation).Select(r => r.PersonId).Distinct().Count(),
            Count(WorkKind.HomeVisit),
            Count(WorkKind.CaseOpened),
            Count(WorkKind.CaseClosed));
    }

    /// <summary>The same figures per worker (for the head and for performance evaluation), in staff-id order.</summary>
    public static IReadOnlyList<(string StaffId, WorkTally Tally)> ByWorker(Period period, IEnumerable<WorkRecord> records) =>
        [.. records.Where(r => period.Contains(r.On))
            .GroupBy(r => r.StaffId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Tally(period, g)))];
}
