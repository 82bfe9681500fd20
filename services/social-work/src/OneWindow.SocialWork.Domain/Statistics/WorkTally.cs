using System.Globalization;

namespace OneWindow.SocialWork.Domain.Statistics;

/// <summary>The department's figures for a period, in the form of the centre's report.</summary>
public sealed record WorkTally(int LabourSurveys, int PeopleReceived, int JobRecommendations, int HomeInvestigations, int CasesOpened, int CasesClosed)
{
    /// <summary>The report sentence, as the article put the Jiangpu Road centre's first two months.</summary>
    public string Report(Period period) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Day(period.From)}至{Day(period.To)}，社会工作部累计开展人力资源调查{LabourSurveys}人次，接待困难对象{PeopleReceived}人次，岗位推荐{JobRecommendations}人，开展民政救助入户调查{HomeInvestigations}人次，开展个案{CasesOpened}个、结案{CasesClosed}个。");

    private static string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";
}
