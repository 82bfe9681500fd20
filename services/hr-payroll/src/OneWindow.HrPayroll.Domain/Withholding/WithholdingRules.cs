using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Withholding;

/// <summary>What the city and the tax law say a payroll office withholds in a month: contributions and the tax table.</summary>
public sealed record WithholdingRules
{
    public required ContributionRates Contributions { get; init; }

    public required IncomeTaxTable IncomeTax { get; init; }

    /// <summary>Rates in [0, 1), a floor not above the ceiling, brackets rising to one open top row.</summary>
    public void Validate()
    {
        var c = Contributions;
        if (new[] { c.PensionRate, c.MedicalRate, c.UnemploymentRate, c.HousingFundRate }.Any(r => r is < 0 or >= 1) || c.BaseFloor <= 0 || c.BaseCeiling < c.BaseFloor)
        {
            throw new DomainException(DomainErrorKind.Invalid, "contribution-rates", "Rates lie in [0, 1) and the base ceiling is not below its positive floor.", "rules.contributions");
        }

        var brackets = IncomeTax.Brackets;
        var bounded = brackets.Take(brackets.Count - 1).Select(b => b.UpTo).ToList();
        if (brackets.Count == 0 || brackets[^1].UpTo is not null || bounded.Any(u => u is null)
            || bounded.Zip(bounded.Skip(1)).Any(p => p.Second <= p.First)
            || brackets.Any(b => b.Rate is < 0 or >= 1 || b.QuickDeduction < 0) || IncomeTax.MonthlyThreshold < 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "income-tax-table", "The brackets rise, each rate lies in [0, 1) and only the last is open.", "rules.incomeTax");
        }
    }
}
