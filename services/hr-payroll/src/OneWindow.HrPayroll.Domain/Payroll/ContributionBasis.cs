namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>What the four contributions were computed from: the base (HR's declared one, or pay, within the city's limits) and the rates.</summary>
public sealed record ContributionBasis
{
    public decimal? DeclaredBase { get; init; }

    public decimal BaseFloor { get; init; }

    public decimal BaseCeiling { get; init; }

    public decimal PensionRate { get; init; }

    public decimal MedicalRate { get; init; }

    public decimal UnemploymentRate { get; init; }

    public decimal HousingFundRate { get; init; }

    /// <summary>The first month of the rules applied (yyyy-MM).</summary>
    public string RulesFrom { get; init; } = string.Empty;
}
