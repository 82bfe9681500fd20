using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Calendar;
using OneWindow.HrPayroll.Application.Calendar;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Domain.Withholding;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Application.Payroll;

/// <summary>
/// What a centre's month of pay is computed from besides the scale and the evaluations: the month's withholding rules
/// (refused, naming the month, when none are loaded), the district calendar, approved unpaid leave (事假), the
/// workers' declarations and what their approved and paid payslips of earlier months this year came to.
/// </summary>
internal sealed class MonthOfPay
{
    private readonly DateOnly _first;
    private readonly DateOnly _last;
    private readonly WithholdingRulesVersion _rules;
    private readonly WorkingDayCalendar _calendar;
    private readonly ILookup<string, LeaveRequest> _unpaidLeave;
    private readonly ILookup<string, WithholdingDeclaration> _declarations;
    private readonly Dictionary<string, YearToDate> _yearToDate;

    private MonthOfPay(DateOnly first, WithholdingRulesVersion rules, WorkingDayCalendar calendar, ILookup<string, LeaveRequest> unpaidLeave, ILookup<string, WithholdingDeclaration> declarations, Dictionary<string, YearToDate> yearToDate)
    {
        _first = first;
        _last = first.AddMonths(1).AddDays(-1);
        _rules = rules;
        _calendar = calendar;
        _unpaidLeave = unpaidLeave;
        _declarations = declarations;
        _yearToDate = yearToDate;
    }

    /// <summary>The month's rules, or a refusal naming <paramref name="field"/>.</summary>
    public static async Task<WithholdingRulesVersion> RulesAsync(HrPayrollDbContext db, DateOnly first, string field, CancellationToken cancellationToken) =>
        WithholdingRulesVersion.For(await db.WithholdingRules.AsNoTracking().Where(r => r.From <= first && r.To >= first).ToListAsync(cancellationToken), first, field);

    public static async Task<MonthOfPay> LoadAsync(HrPayrollDbContext db, string month, CancellationToken cancellationToken)
    {
        var first = Wire.FirstDay(month);
        var last = Wire.LastDay(month);
        var rules = await RulesAsync(db, first, "month", cancellationToken);
        var calendar = await DistrictCalendar.LoadAsync(db, cancellationToken);
        var leave = await db.Leave.AsNoTracking()
            .Where(l => l.Kind == LeaveKind.Personal && l.Status == LeaveStatus.Approved && l.From <= last && l.To >= first)
            .ToListAsync(cancellationToken);
        var declarations = await db.WithholdingDeclarations.AsNoTracking().Where(d => d.From <= first).ToListAsync(cancellationToken);
        var yearStart = $"{first.Year:D4}-01";
        var earlier = await db.Payslips.AsNoTracking()
            .Join(db.PayrollRuns.AsNoTracking().Where(r => (r.Status == RunStatus.Approved || r.Status == RunStatus.Paid)
                && string.Compare(r.Month, yearStart) >= 0 && string.Compare(r.Month, month) < 0), p => p.RunId, r => r.Id, (p, r) => p)
            .ToListAsync(cancellationToken);
        var yearToDate = earlier.GroupBy(p => p.StaffId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => new YearToDate(g.Sum(p => p.Lines.Gross), g.Sum(p => p.Lines.Contributions), g.Sum(p => p.Lines.IncomeTax)),
            StringComparer.Ordinal);
        return new MonthOfPay(
            first,
            rules,
            calendar,
            leave.ToLookup(l => l.StaffId, StringComparer.Ordinal),
            declarations.ToLookup(d => d.StaffId, StringComparer.Ordinal),
            yearToDate);
    }

    /// <summary>
    /// The worker's month. Special deductions are counted for every month employed this year up to this one by the
    /// declaration in force in each, so a declaration recorded late (or back-dated) is caught up in the cumulative figure.
    /// </summary>
    public PayMonth For(StaffMember worker)
    {
        var declarations = _declarations[worker.StaffId].ToList();
        var firstMonth = worker.HiredOn.Year < _first.Year ? new DateOnly(_first.Year, 1, 1) : new DateOnly(worker.HiredOn.Year, worker.HiredOn.Month, 1);
        var cumulative = 0m;
        for (var month = firstMonth; month <= _first; month = month.AddMonths(1))
        {
            cumulative += WithholdingDeclaration.InForce(declarations, month)?.SpecialDeductions.Monthly ?? 0m;
        }

        var current = WithholdingDeclaration.InForce(declarations, _first);
        return new PayMonth
        {
            FirstDay = _first,
            Rules = _rules,
            Proration = Proration.Of(_calendar, _first, _last, worker.HiredOn, worker.LastDay, _unpaidLeave[worker.StaffId].Select(l => (l.From, l.To))),
            YearToDate = _yearToDate.GetValueOrDefault(worker.StaffId, YearToDate.Nothing),
            DeclaredBase = current?.ContributionBase,
            SpecialDeductions = current?.SpecialDeductions.Monthly ?? 0m,
            CumulativeSpecialDeductions = cumulative,
        };
    }
}
