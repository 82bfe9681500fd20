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
