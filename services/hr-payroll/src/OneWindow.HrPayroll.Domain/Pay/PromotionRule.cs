namespace OneWindow.HrPayroll.Domain.Pay;

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
