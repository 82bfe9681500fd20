namespace OneWindow.SocialWork;

/// <summary>The <c>SocialWork</c> configuration section.</summary>
public sealed class SocialWorkOptions
{
    public const string Section = "SocialWork";

    /// <summary>The district's administrative division code: a hukou registered here is local (本区户籍).</summary>
    public string DistrictRegionCode { get; set; } = "310110";

    /// <summary>
    /// Items whose rejection or end refers the household to social work: the assistance a family falls back on,
    /// so losing or being refused it is when the department should step in.
    /// </summary>
    public List<string> ReferralItems { get; set; } =
    [
        "dibao", "dibao-review", "low-income-family", "special-hardship", "temporary-assistance", "medical-assistance",
        "disability-subsidy", "heating-subsidy", "public-rental-housing", "public-rental-review", "low-rent-housing", "low-rent-review",
    ];

    /// <summary>How long a dismissed finding keeps the household from being flagged again for the same reason.</summary>
    public int DismissalQuietDays { get; set; } = 180;

    /// <summary>
    /// When (China time) the silent-family scan of every centre is asked for each night; unset, never (a stack tried at
    /// any hour, as the run command's and the tests', scans only on demand, so a night's scan never races a person's).
    /// </summary>
    public TimeSpan? NightlyScanAt { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often a replica looks whether tonight's scan is due and not yet asked for.</summary>
    public TimeSpan NightlyScanCheck { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait for policy-law's eligibility answer.</summary>
    public TimeSpan EligibilityTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
