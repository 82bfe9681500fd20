using OneWindow.Audit;
using OneWindow.HrPayroll.Application.Payroll;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Withholding;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Withholding;

/// <summary>
/// hr-admin records a worker's contribution base and special additional deductions from a month on, checked against
/// the city's limits of that month. Nothing is stored when it is refused.
/// </summary>
public sealed class DeclareWithholding(HrPayrollDbContext db, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.WithholdingDeclaration> HandleAsync(V1.DeclareWithholdingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var first = Wire.FirstDay(request.Month);
        var member = await StaffReader.FindAsync(db, request.StaffId, cancellationToken);
        var deductions = WithholdingMapping.ToDomain(request.SpecialDeductions ?? new V1.SpecialDeductionAmounts());
        var contributionBase = request.ContributionBase is { } text ? Wire.ParseNumber(text, "contributionBase", "7460.00") : (decimal?)null;
        var rules = await MonthOfPay.RulesAsync(db, first, "month", cancellationToken);
        var declaration = WithholdingDeclaration.Declare(member.StaffId, first, contributionBase, deductions, rules.Rules.Contributions, caller.Subject, clock.GetUtcNow());
        db.WithholdingDeclarations.Add(declaration);
        audit.Record(new AuditEntry("declare-withholding", "staff", member.StaffId, $"from {request.Month}: base {request.ContributionBase ?? "from pay"}, special deductions {deductions.Monthly:0.00} a month"));
        await db.SaveChangesAsync(cancellationToken);
        return declaration.ToContract(request.Month);
    }
}
