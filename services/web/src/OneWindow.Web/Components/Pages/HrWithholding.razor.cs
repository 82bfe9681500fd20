using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 个税与社保申报: the HR administrator records a worker's contribution base and the special additional deductions they
/// declared, from a month on (hr-payroll checks the base against the city's limits of that month and refuses a negative
/// amount); HR and the director read a worker's year as withheld. Payroll runs compute from what is recorded here.
/// </summary>
public sealed partial class HrWithholding
{
    /// <summary>The six monthly deductions, in the order of the individual income tax app's form.</summary>
    private static readonly (string Name, Action<SpecialDeductionAmounts, string> Set)[] Deductions =
    [
        ("ChildrenEducation", (a, v) => a.ChildrenEducation = v),
        ("ContinuingEducation", (a, v) => a.ContinuingEducation = v),
        ("HousingLoanInterest", (a, v) => a.HousingLoanInterest = v),
        ("HousingRent", (a, v) => a.HousingRent = v),
        ("ElderlySupport", (a, v) => a.ElderlySupport = v),
        ("InfantCare", (a, v) => a.InfantCare = v),
    ];

    private readonly Dictionary<string, string?> _amounts = new(StringComparer.Ordinal);
    private string? _staffId;
    private string? _month;
    private string? _base;
    private int _year;
    private YearWithholding? _summary;

    [Inject]
    private Withholding.WithholdingClient Withholding { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override void OnInitialized() => _year = ChinaTime.Today(Clock).Year;

    private async Task DeclareAsync()
    {
        if (string.IsNullOrWhiteSpace(_staffId) || string.IsNullOrEmpty(_month))
        {
            return;
        }

        var request = new DeclareWithholdingRequest
        {
            StaffId = _staffId.Trim(),
            Month = _month,
            ContributionBase = string.IsNullOrWhiteSpace(_base) ? null : _base.Trim(),
            SpecialDeductions = new SpecialDeductionAmounts(),
        };
        foreach (var (name, set) in Deductions)
        {
            if (_amounts.GetValueOrDefault(name) is { } amount && !string.IsNullOrWhiteSpace(amount))
            {
                set(request.SpecialDeductions, amount.Trim());
            }
        }

        WithholdingDeclaration? declared = null;
        await Action.RunAsync(
            async () => declared = await Withholding.DeclareWithholdingAsync(request),
            () => T["WithholdingDeclared", declared!.StaffId, declared.Month, declared.MonthlySpecialDeductions, declared.ContributionBase ?? T["WithholdingBaseFromPay"].Value]);
    }

    private Task ReadYearAsync() =>
        string.IsNullOrWhiteSpace(_staffId)
            ? Task.CompletedTask
            : Action.RunAsync(async () => _summary = await Withholding.GetYearWithholdingAsync(new GetYearWithholdingRequest { StaffId = _staffId.Trim(), Year = _year }));
}
