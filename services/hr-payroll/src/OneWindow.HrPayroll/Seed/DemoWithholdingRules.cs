using OneWindow.HrPayroll.Domain.Withholding;

namespace OneWindow.HrPayroll.Seed;

/// <summary>
/// The demo district's withholding rules, Shanghai-like: the worker's part of pension 8 %, medical 2 %, unemployment
/// 0.5 % and the housing fund 7 %, on a base between the city's floor and ceiling, announced for a year from July; and
/// the annual table of individual income tax on wages (个人所得税预扣率表一) with its 5,000 yuan a month.
/// </summary>
public static class DemoWithholdingRules
{
    public static IncomeTaxTable IncomeTax { get; } = new()
    {
        MonthlyThreshold = 5_000m,
        Brackets =
        [
            new(36_000m, 0.03m, 0m),
            new(144_000m, 0.10m, 2_520m),
            new(300_000m, 0.20m, 16_920m),
            new(420_000m, 0.25m, 31_920m),
            new(660_000m, 0.30m, 52_920m),
            new(960_000m, 0.35m, 85_920m),
            new(null, 0.45m, 181_920m),
        ],
    };

    /// <summary>First month, last month, base floor, base ceiling.</summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To, WithholdingRules Rules)> Years { get; } =
    [
        (new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1), Of(7_310m, 36_549m)),
        (new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 1), Of(7_384m, 36_921m)),
        (new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 1), Of(7_460m, 37_302m)),
    ];

    private static WithholdingRules Of(decimal floor, decimal ceiling) => new()
    {
        Contributions = new ContributionRates
        {
            PensionRate = 0.08m,
            MedicalRate = 0.02m,
            UnemploymentRate = 0.005m,
            HousingFundRate = 0.07m,
            BaseFloor = floor,
            BaseCeiling = ceiling,
        },
        IncomeTax = IncomeTax,
    };
}
