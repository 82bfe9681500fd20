using OneWindow.HrPayroll.Domain.Payroll;

namespace OneWindow.HrPayroll.Application.Payroll;

internal static class PayrollMapping
{
    public static V1.PayrollRun ToContract(this PayrollRun run, IEnumerable<Payslip> payslips)
    {
        var contract = new V1.PayrollRun
        {
            RunId = run.Id.ToString(),
            Month = run.Month,
            Kind = run.Kind.ToString().ToLowerInvariant(),
            Status = run.Status switch
            {
                RunStatus.Computing => V1.RunStatus.Computing,
                RunStatus.Draft => V1.RunStatus.Draft,
                RunStatus.Reviewed => V1.RunStatus.Reviewed,
                RunStatus.Approved => V1.RunStatus.Approved,
                RunStatus.Paid => V1.RunStatus.Paid,
                RunStatus.Failed => V1.RunStatus.Failed,
                _ => throw new ArgumentOutOfRangeException(nameof(run), run.Status, "A run status with no contract."),
            },
            ScaleVersion = run.ScaleVersion,
            PayslipCount = run.PayslipCount,
            GrossTotal = Wire.Money(run.GrossTotal),
            NetTotal = Wire.Money(run.NetTotal),
            PreparedBy = run.PreparedBy,
            ReviewedBy = run.ReviewedBy,
            ApprovedBy = run.ApprovedBy,
            Headcount = run.Headcount,
            Failure = run.Failure,
            FailureDetail = run.FailureDetail,
        };
        contract.Payslips.AddRange(payslips.Select(p => p.ToContract()));
        return contract;
    }

    public static V1.Payslip ToContract(this Payslip p) => new()
    {
        StaffId = p.StaffId,
        Name = p.Name,
        GradePay = Wire.Money(p.Lines.GradePay),
        PostAllowance = Wire.Money(p.Lines.PostAllowance),
        TitleAllowance = Wire.Money(p.Lines.TitleAllowance),
        PerformancePay = Wire.Money(p.Lines.PerformancePay),
        AwardPay = Wire.Money(p.Lines.AwardPay),
        Deductions = Wire.Money(p.Lines.Deductions),
        Gross = Wire.Money(p.Lines.Gross),
        ContributionBase = Wire.Money(p.Lines.ContributionBase),
        HousingFund = Wire.Money(p.Lines.HousingFund),
        Pension = Wire.Money(p.Lines.Pension),
        Medical = Wire.Money(p.Lines.Medical),
        Unemployment = Wire.Money(p.Lines.Unemployment),
        Net = Wire.Money(p.Net),
        Score = Wire.Points(p.Lines.Score),
        Note = p.Note,
        IncomeTax = Wire.Money(p.Lines.IncomeTax),
        Proration = p.Lines.Proration is { } days ? new V1.ProrationBasis
        {
            WorkingDays = days.WorkingDays,
            DaysOnStaff = days.DaysOnStaff,
            UnpaidLeaveDays = days.UnpaidLeaveDays,
            DaysPaid = days.DaysPaid,
        } : null,
        Contributions = p.Lines.ContributionBasis is { } c ? new V1.ContributionBasis
        {
            DeclaredBase = c.DeclaredBase is { } declared ? Wire.Money(declared) : null,
            BaseFloor = Wire.Money(c.BaseFloor),
            BaseCeiling = Wire.Money(c.BaseCeiling),
            PensionRate = Rate(c.PensionRate),
            MedicalRate = Rate(c.MedicalRate),
            UnemploymentRate = Rate(c.UnemploymentRate),
            HousingFundRate = Rate(c.HousingFundRate),
            RulesFrom = c.RulesFrom,
        } : null,
        Tax = p.Lines.TaxBasis is { } t ? new V1.TaxBasis
        {
            MonthsEmployed = t.MonthsEmployed,
            CumulativeIncome = Wire.Money(t.CumulativeIncome),
            CumulativeThreshold = Wire.Money(t.CumulativeThreshold),
            CumulativeContributions = Wire.Money(t.CumulativeContributions),
            SpecialDeductions = Wire.Money(t.SpecialDeductions),
            CumulativeSpecialDeductions = Wire.Money(t.CumulativeSpecialDeductions),
            CumulativeTaxable = Wire.Money(t.CumulativeTaxable),
            Rate = Rate(t.Rate),
            QuickDeduction = Wire.Money(t.QuickDeduction),
            CumulativeTax = Wire.Money(t.CumulativeTax),
            WithheldBefore = Wire.Money(t.WithheldBefore),
        } : null,
    };

    /// <summary>A rate as the fraction it is, without trailing zeros ("0.08", "0.005").</summary>
    private static string Rate(decimal rate) => rate.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
