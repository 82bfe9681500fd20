namespace OneWindow.DemoDistrict;

/// <summary>
/// The demo district's one periodic benefit whose annual review lapsed: a Jiangpu household on dibao was granted the
/// winter subsidy for families in hardship (困难家庭冬季取暖补贴, reviewed every 12 months) 12 months and 90 days ago,
/// was told of the review 30 days before it fell due and never came, so the review run suspends it and, its 60 days of
/// grace over, ends it (docs/adr/0025).
/// </summary>
public static class LapsedReview
{
    public const string ItemCode = "heating-subsidy";

    public const decimal MonthlyAmount = 200m;

    public static Household Household { get; } =
        DemoDistrictGenerator.District.Centre("jiangpu").Households.Last(h => h.BenefitsHeld is ["dibao"]);

    public static DateOnly ApprovedOn(DateOnly today) => today.AddDays(-90).AddMonths(-12);
}
