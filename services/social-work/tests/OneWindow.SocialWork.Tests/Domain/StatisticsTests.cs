using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Statistics;

namespace OneWindow.SocialWork.Tests.Domain;

public sealed class StatisticsTests
{
    private static readonly Period Trial = new(new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 30));

    /// <summary>The Jiangpu Road centre's first two months as the article reports them, plus work outside the period.</summary>
    private static List<WorkRecord> TrialRun()
    {
        var records = new List<WorkRecord>();
        var day = Trial.From;
        for (var i = 0; i < 1_120; i++)
        {
            records.Add(new WorkRecord(WorkKind.LabourSurvey, day.AddDays(i % 61), $"w{i % 5}", Guid.NewGuid()));
        }

        records.AddRange(Enumerable.Range(0, 20).Select(i => new WorkRecord(WorkKind.Reception, day.AddDays(i * 3), "w1")));
        var recommended = Enumerable.Range(0, 9).Select(_ => Guid.NewGuid()).ToList();
        records.AddRange(recommended.Select((person, i) => new WorkRecord(WorkKind.JobRecommendation, day.AddDays(i * 6), "w2", person)));
        // Recommended again: 岗位推荐 counts people, not recommendations.
        records.Add(new WorkRecord(WorkKind.JobRecommendation, day.AddDays(50), "w2", recommended[0]));
        records.AddRange(Enumerable.Range(0, 15).Select(i => new WorkRecord(WorkKind.HomeVisit, day.AddDays(i * 4), $"w{i % 2}")));
        records.AddRange(Enumerable.Range(0, 6).Select(i => new WorkRecord(WorkKind.CaseOpened, day.AddDays(i * 9), $"w{i % 3}")));
        records.AddRange(Enumerable.Range(0, 2).Select(i => new WorkRecord(WorkKind.CaseClosed, day.AddDays(40 + i), "w0")));
        records.Add(new WorkRecord(WorkKind.CaseOpened, new DateOnly(2026, 4, 30), "w0"));
        records.Add(new WorkRecord(WorkKind.HomeVisit, new DateOnly(2026, 7, 1), "w0"));
        return records;
    }

    [Fact]
    public void Two_months_of_work_tally_in_the_form_of_the_centres_report()
    {
        var tally = CentreStatistics.Tally(Trial, TrialRun());

        Assert.Equal(new WorkTally(1_120, 20, 9, 15, 6, 2), tally);
        Assert.Equal(
            "2026年5月1日至2026年6月30日，社会工作部累计开展人力资源调查1120人次，接待困难对象20人次，岗位推荐9人，开展民政救助入户调查15人次，开展个案6个、结案2个。",
            tally.Report(Trial));
    }

    [Fact]
    public void The_figures_per_worker_add_up_to_the_centres()
    {
        var records = TrialRun();

        var byWorker = CentreStatistics.ByWorker(Trial, records);

        Assert.Equal(["w0", "w1", "w2", "w3", "w4"], byWorker.Select(w => w.StaffId));
        Assert.Equal(1_120, byWorker.Sum(w => w.Tally.LabourSurveys));
        Assert.Equal(15, byWorker.Sum(w => w.Tally.HomeInvestigations));
        Assert.Equal(6, byWorker.Sum(w => w.Tally.CasesOpened));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-09-01", "2026-10-31")]
    [InlineData("2026-01-05", "2025-11-01", "2025-12-31")]
    [InlineData("2026-03-31", "2026-01-01", "2026-02-28")]
    public void The_default_period_is_the_two_calendar_months_before_this_one(string today, string from, string to)
    {
        var period = Period.TwoMonthsBefore(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (period.From, period.To));
    }

    [Theory]
    [InlineData("2026-06-30", "2026-05-01", "period-reversed")]
    [InlineData("2025-01-01", "2026-06-30", "period-too-long")]
    public void A_reversed_or_overlong_period_is_refused(string from, string to, string code) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() =>
            Period.Of(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))).Code);
}
