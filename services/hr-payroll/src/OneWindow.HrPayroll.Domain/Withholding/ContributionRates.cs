namespace OneWindow.HrPayroll.Domain.Withholding;

/// <summary>
/// The worker's part of social insurance and the housing fund (五险一金个人部分) as the city sets them for a contribution
/// year: four rates of one contribution base, which lies between the city's floor and ceiling.
/// </summary>
public sealed record ContributionRates
{
    public required decimal PensionRate { get; init; }

    public required decimal MedicalRate { get; init; }

    public required decimal UnemploymentRate { get; init; }

    public required decimal HousingFundRate { get; init; }

    /// <summary>缴费基数下限: 60 % of the city's average wage.</summary>
    public required decimal BaseFloor { get; init; }

    /// <summary>缴费基数上限: 300 % of the city's average wage.</summary>
    public required decimal BaseCeiling { get; init; }

    public decimal Clamp(decimal amount) => Math.Clamp(amount, BaseFloor, BaseCeiling);

    public bool Admits(decimal amount) => amount >= BaseFloor && amount <= BaseCeiling;
}
