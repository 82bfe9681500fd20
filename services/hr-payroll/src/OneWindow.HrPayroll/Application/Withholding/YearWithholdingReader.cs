using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Withholding;

/// <summary>
/// A worker's withholding for a year (the figures an annual statement and the worker's own tax return start from), month
/// by month from the approved and paid runs of the centre. HR, the director and the district admin read anyone's; any
/// other worker their own only (a refusal written to the audit trail as denied).
/// </summary>
public sealed class YearWithholdingReader(HrPayrollDbContext db, IAuditTrail audit, ITenantContext tenant)
{
    public async Task<V1.YearWithholding> GetAsync(V1.GetYearWithholdingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        if (caller.Subject != request.StaffId && !caller.Roles.Overlaps([PlatformRoles.HrAdmin, PlatformRoles.Director, PlatformRoles.DistrictAdmin]))
        {
            await audit.RecordDenialAsync(new AuditEntry("read-year-withholding", "staff", request.StaffId, "own-withholding-only"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "own-withholding-only", "You may read your own withholding only.", "staffId");
        }

        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var from = $"{request.Year:D4}-01";
        var to = $"{request.Year:D4}-12";
        var payslips = await db.Payslips.AsNoTracking()
            .Where(p => p.StaffId == member.StaffId)
            .Join(db.PayrollRuns.AsNoTracking().Where(r => (r.Status == RunStatus.Approved || r.Status == RunStatus.Paid)
                && string.Compare(r.Month, from) >= 0 && string.Compare(r.Month, to) <= 0), p => p.RunId, r => r.Id, (p, r) => new { Payslip = p, r.Kind })
            .ToListAsync(cancellationToken);
        var reply = new V1.YearWithholding { StaffId = member.StaffId, Year = request.Year };
        foreach (var month in payslips.GroupBy(x => x.Payslip.Month).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var tax = month.FirstOrDefault(x => x.Kind == RunKind.Regular)?.Payslip.Lines.TaxBasis;
            reply.Months.Add(new V1.MonthWithholding
            {
                Month = month.Key,
                Income = Wire.Money(month.Sum(x => x.Payslip.Lines.Gross)),
                Contributions = Wire.Money(month.Sum(x => x.Payslip.Lines.Contributions)),
                SpecialDeductions = Wire.Money(tax?.SpecialDeductions ?? 0m),
                TaxWithheld = Wire.Money(month.Sum(x => x.Payslip.Lines.IncomeTax)),
                CumulativeTaxable = Wire.Money(tax?.CumulativeTaxable ?? 0m),
                CumulativeTax = Wire.Money(tax?.CumulativeTax ?? 0m),
            });
        }

        reply.Income = Wire.Money(payslips.Sum(x => x.Payslip.Lines.Gross));
        reply.Contributions = Wire.Money(payslips.Sum(x => x.Payslip.Lines.Contributions));
        reply.SpecialDeductions = Wire.Money(payslips.Sum(x => x.Payslip.Lines.TaxBasis?.SpecialDeductions ?? 0m));
        reply.TaxWithheld = Wire.Money(payslips.Sum(x => x.Payslip.Lines.IncomeTax));
        return reply;
    }
}
