namespace OneWindow.PolicyLaw;

/// <summary>The <c>PolicyLaw</c> configuration section.</summary>
public sealed class PolicyLawOptions
{
    public const string Section = "PolicyLaw";

    /// <summary>The district's administrative division code: a hukou registered here is local (本区户籍).</summary>
    public string DistrictRegionCode { get; set; } = "310110";

    /// <summary>How often approval deadlines are checked for warnings (80 % of the time limit) and overdue files.</summary>
    public TimeSpan DeadlineCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the annual reviews of periodic benefits are run (notice, suspension, end); each step happens on its day, once.</summary>
    public TimeSpan BenefitReviewInterval { get; set; } = TimeSpan.FromHours(1);
}
