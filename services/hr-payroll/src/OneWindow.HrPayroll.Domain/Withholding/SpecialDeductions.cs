using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Withholding;

/// <summary>
/// Special additional deductions (专项附加扣除) a worker declared to the payroll office, as monthly amounts. Housing rent
/// and housing loan interest are never both taken (the law allows one); the office records what the worker declared.
/// </summary>
public sealed record SpecialDeductions
{
    public static readonly SpecialDeductions None = new();

    public decimal ChildrenEducation { get; init; }

    public decimal ContinuingEducation { get; init; }

    public decimal HousingLoanInterest { get; init; }

    public decimal HousingRent { get; init; }

    public decimal ElderlySupport { get; init; }

    public decimal InfantCare { get; init; }

    public decimal Monthly => ChildrenEducation + ContinuingEducation + HousingLoanInterest + HousingRent + ElderlySupport + InfantCare;

    /// <summary>Each amount is zero or more, in whole fen; rent and loan interest are not both declared.</summary>
    public void Validate()
    {
        foreach (var (field, amount) in new[]
        {
            ("childrenEducation", ChildrenEducation), ("continuingEducation", ContinuingEducation), ("housingLoanInterest", HousingLoanInterest),
            ("housingRent", HousingRent), ("elderlySupport", ElderlySupport), ("infantCare", InfantCare),
        })
        {
            if (amount < 0 || decimal.Round(amount, 2) != amount)
            {
                throw new DomainException(DomainErrorKind.Invalid, "invalid-special-deduction", $"{field} is a monthly amount in yuan, zero or more, with at most two decimals.", $"specialDeductions.{field}");
            }
        }

        if (HousingRent > 0 && HousingLoanInterest > 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "rent-and-loan-interest", "Housing rent and housing loan interest are not deducted together.", "specialDeductions.housingRent");
        }
    }
}
