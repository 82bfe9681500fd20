using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Domain.Staff;

namespace OneWindow.HrPayroll.Domain.Pay;

/// <summary>
/// Everything one version of the district's scale says: grade pay per tier and grade, allowances, awards,
/// promotion and the performance weights per department. A version never changes.
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

    public required PromotionRule Promotion { get; init; }

    /// <summary>How work data turns into a score, per department.</summary>
    public required IReadOnlyDictionary<Department, PerformanceWeights> Weights { get; init; }

    /// <summary>The head's discretionary adjustment lies within ± this many points.</summary>
    public decimal AdjustmentBound { get; init; } = 10m;

    public decimal GradePayOf(PostTier tier, int grade) => GradePay[(int)tier - 1][grade - 1];

    public PerformanceWeights WeightsOf(Department department) =>
        Weights.TryGetValue(department, out var weights) ? weights : PerformanceWeights.Neutral;

    /// <summary>Checks the shape: 3 × 18 positive amounts, grade pay not falling with grade.</summary>
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

        if (AdjustmentBound is < 0 or > 30)
        {
            throw new DomainException(DomainErrorKind.Invalid, "adjustment-bound", "The head's adjustment bound is 0 to 30 points.", "terms.adjustmentBound");
        }
    }
}
