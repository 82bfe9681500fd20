using OneWindow.HrPayroll.Domain.Withholding;

namespace OneWindow.HrPayroll.Application.Withholding;

internal static class WithholdingMapping
{
    /// <summary>Empty is 0; a negative amount is parsed, so that the domain refuses it naming its field.</summary>
    public static SpecialDeductions ToDomain(V1.SpecialDeductionAmounts amounts) => new()
    {
        ChildrenEducation = Amount(amounts.ChildrenEducation, "childrenEducation"),
        ContinuingEducation = Amount(amounts.ContinuingEducation, "continuingEducation"),
        HousingLoanInterest = Amount(amounts.HousingLoanInterest, "housingLoanInterest"),
        HousingRent = Amount(amounts.HousingRent, "housingRent"),
        ElderlySupport = Amount(amounts.ElderlySupport, "elderlySupport"),
        InfantCare = Amount(amounts.InfantCare, "infantCare"),
    };

    public static V1.WithholdingDeclaration ToContract(this WithholdingDeclaration declaration, string month) => new()
    {
        StaffId = declaration.StaffId,
        Month = month,
        ContributionBase = declaration.ContributionBase is { } amount ? Wire.Money(amount) : null,
        SpecialDeductions = new V1.SpecialDeductionAmounts
        {
            ChildrenEducation = Wire.Money(declaration.SpecialDeductions.ChildrenEducation),
            ContinuingEducation = Wire.Money(declaration.SpecialDeductions.ContinuingEducation),
            HousingLoanInterest = Wire.Money(declaration.SpecialDeductions.HousingLoanInterest),
            HousingRent = Wire.Money(declaration.SpecialDeductions.HousingRent),
            ElderlySupport = Wire.Money(declaration.SpecialDeductions.ElderlySupport),
            InfantCare = Wire.Money(declaration.SpecialDeductions.InfantCare),
        },
        MonthlySpecialDeductions = Wire.Money(declaration.SpecialDeductions.Monthly),
        DeclaredBy = declaration.DeclaredBy,
    };

    public static V1.WithholdingRules ToContract(this WithholdingRulesVersion version) => new()
    {
        From = version.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        To = version.To.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        RulesJson = System.Text.Json.JsonSerializer.Serialize(version.Rules, Persistence.HrPayrollDbContext.DocumentJson),
        LoadedBy = version.LoadedBy,
    };

    private static decimal Amount(string text, string field) =>
        string.IsNullOrEmpty(text) ? 0m : Wire.ParseNumber(text, $"specialDeductions.{field}", "1000.00");
}
