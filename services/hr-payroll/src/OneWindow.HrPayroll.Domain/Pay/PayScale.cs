using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Domain.Staff;

namespace OneWindow.HrPayroll.Domain.Pay;

/// <summary>The three post tiers of 三岗十八级: 一岗 (leading), 二岗 (supervising), 三岗 (general).</summary>
public enum PostTier
{
    One = 1,
    Two = 2,
    Three = 3,
}

/// <summary>Where a worker sits on the scale: a tier and a grade from 1 to 18.</summary>
public readonly record struct Placement
{
    public const int Grades = 18;

    public Placement(int tier, int grade)
    {
        if (tier is < 1 or > 3)
        {
            throw new DomainException(DomainErrorKind.Invalid, "tier-out-of-range", "tier is 1, 2 or 3 (三岗).", "tier");
        }

        if (grade is < 1 or > Grades)
        {
            throw new DomainException(DomainErrorKind.Invalid, "grade-out-of-range", "grade is 1 to 18 (十八级).", "grade");
        }

        Tier = (PostTier)tier;
        Grade = grade;
    }

    public PostTier Tier { get; }

    public int Grade { get; }
}

/// <summary>Withholdings from pay: rates of a contribution base clamped between a floor and a ceiling.</summary>
public sealed record WithholdingRates
{
    public decimal HousingFundRate { get; init; }

    public decimal PensionRate { get; init; }

    public decimal MedicalRate { get; init; }

    public decimal UnemploymentRate { get; init; }

    public decimal ContributionBaseMin { get; init; }

    public decimal ContributionBaseMax { get; init; }
}

/// <summary>Grade steps: one grade up per so many years of service, if the last year's evaluations averaged at least a score.</summary>
public sealed record PromotionRule
{
    public int YearsPerGrade { get; init; }

    public decimal MinimumAverageScore { get; init; }

    /// <summary>
    /// The grade after one application of the rule: one step up, when the years of service reach the next
    /// grade's threshold (grade 1 + years ÷ years per grade, at most 18) and the last twelve months' evaluations
    /// average at least the minimum. Never down; no evaluations, no step.
    /// </summary>
    public int NextGrade(int currentGrade, DateOnly hiredOn, DateOnly asOf, decimal? averageScore)
    {
        if (YearsPerGrade <= 0 || averageScore is null || averageScore < MinimumAverageScore)
        {
            return currentGrade;
        }

        var years = asOf.Year - hiredOn.Year;
        if (asOf < hiredOn.AddYears(years))
        {
            years--;
        }

        var earned = Math.Min(Placement.Grades, 1 + (Math.Max(0, years) / YearsPerGrade));
        return earned > currentGrade ? currentGrade + 1 : currentGrade;
    }
}

/// <summary>
/// Everything one version of the district's scale says: grade pay per tier and grade, allowances, awards,
/// withholdings, promotion and the performance weights per department. A version never changes.
/// </summary>
public sealed record PayScaleTerms
{
    /// <summary>Monthly grade pay: three rows (tier 1, 2, 3) of eighteen amounts (grade 1 to 18).</summary>
    public required IReadOnlyList<IReadOnlyList<decimal>> GradePay { get; init; }

    /// <summary>Post allowance (岗位津贴) per department.</summary>
    public required IReadOnlyDictionary<Department, decimal> PostAllowance { get; init; }

    /// <summary>Professional-title allowance (职称津贴).</summary>
    public required IReadOnlyDictionary<ProfessionalTitle, decimal> TitleAllowance { get; init; }

    /// <summary>Performance allowance at a score of 100 (绩效津贴), per department; paid pro rata to the score.</summary>
    public required IReadOnlyDictionary<Department, decimal> PerformanceAllowance { get; init; }

    public required IReadOnlyDictionary<Award, decimal> AwardAmount { get; init; }

    public required WithholdingRates Withholdings { get; init; }

    public required PromotionRule Promotion { get; init; }

    /// <summary>How work data turns into a score, per department.</summary>
    public required IReadOnlyDictionary<Department, PerformanceWeights> Weights { get; init; }

    /// <summary>The head's discretionary adjustment lies within ± this many points.</summary>
    public decimal AdjustmentBound { get; init; } = 10m;

    public decimal GradePayOf(PostTier tier, int grade) => GradePay[(int)tier - 1][grade - 1];

    public PerformanceWeights WeightsOf(Department department) =>
        Weights.TryGetValue(department, out var weights) ? weights : PerformanceWeights.Neutral;

    /// <summary>Checks the shape: 3 × 18 positive amounts, grade pay not falling with grade, rates between 0 and 1.</summary>
    public void Validate()
    {
        if (GradePay.Count != 3 || GradePay.Any(row => row.Count != Placement.Grades))
        {
            throw new DomainException(DomainErrorKind.Invalid, "scale-shape", "gradePay has three tiers of eighteen grades.", "terms.gradePay");
        }

        if (GradePay.Any(row => row.Any(a => a <= 0 || decimal.Round(a, 2) != a) || row.Zip(row.Skip(1)).Any(p => p.Second < p.First)))
        {
            throw new DomainException(DomainErrorKind.Invalid, "scale-amounts", "Grade pay is positive, in whole fen, and never falls as the grade rises.", "terms.gradePay");
        }

        var rates = new[] { Withholdings.HousingFundRate, Withholdings.PensionRate, Withholdings.MedicalRate, Withholdings.UnemploymentRate };
        if (rates.Any(r => r is < 0 or >= 1) || Withholdings.ContributionBaseMin < 0 || Withholdings.ContributionBaseMax < Withholdings.ContributionBaseMin)
        {
            throw new DomainException(DomainErrorKind.Invalid, "withholding-rates", "Rates lie in [0, 1) and the base ceiling is not below its floor.", "terms.withholdings");
        }

        if (AdjustmentBound is < 0 or > 30)
        {
            throw new DomainException(DomainErrorKind.Invalid, "adjustment-bound", "The head's adjustment bound is 0 to 30 points.", "terms.adjustmentBound");
        }
    }
}

/// <summary>
/// One version of the district pay scale, in force from its date until the next version's. A raise is a
/// new version, never an edit; versions never overlap (each starts after the last one).
/// </summary>
public sealed class PayScaleVersion
{
    private PayScaleVersion()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Version { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public PayScaleTerms Terms { get; private set; } = null!;

    public string PublishedBy { get; private set; } = string.Empty;

    public DateTimeOffset PublishedAt { get; private set; }

    public static PayScaleVersion Publish(IReadOnlyCollection<PayScaleVersion> existing, PayScaleTerms terms, DateOnly effectiveFrom, string publishedBy, DateTimeOffset at)
    {
        terms.Validate();
        var latest = existing.MaxBy(v => v.EffectiveFrom);
        if (latest is not null && effectiveFrom <= latest.EffectiveFrom)
        {
            throw new DomainException(
                DomainErrorKind.Conflict,
                "scale-versions-overlap",
                $"Version {latest.Version} is in force from {latest.EffectiveFrom:yyyy-MM-dd}; a new version starts after it.",
                "effectiveFrom");
        }

        return new PayScaleVersion
        {
            Version = (existing.Count == 0 ? 0 : existing.Max(v => v.Version)) + 1,
            EffectiveFrom = effectiveFrom,
            Terms = terms,
            PublishedBy = publishedBy,
            PublishedAt = at,
        };
    }

    /// <summary>The version in force on a day, or none.</summary>
    public static PayScaleVersion? InForce(IEnumerable<PayScaleVersion> versions, DateOnly on) =>
        versions.Where(v => v.EffectiveFrom <= on).MaxBy(v => v.EffectiveFrom);
}
