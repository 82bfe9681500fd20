namespace OneWindow.HrPayroll.Domain.Pay;

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
