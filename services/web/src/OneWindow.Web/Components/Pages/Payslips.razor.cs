using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 我的工资条, for every member of staff: their own payslips of the months the bank has paid, newest first, every line
/// of each. hr-payroll answers with the caller's payslips only (the request names nobody), so no one reads a
/// colleague's pay here. District staff are not paid by a centre and have none. Below them, the year of the newest
/// payslip as withheld so far: income, contributions, special deductions and income tax month by month, the figures the
/// worker's own annual tax return starts from.
/// </summary>
public sealed partial class Payslips
{
    private List<MyPayslip>? _payslips;
    private bool _noCentre;
    private string? _refusal;
    private YearWithholding? _year;
    private string? _yearRefusal;

    [Inject]
    private Payroll.PayrollClient Payroll { get; set; } = null!;

    [Inject]
    private Withholding.WithholdingClient Withholding { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _noCentre = user.Centre() is null;
        if (_noCentre)
        {
            return;
        }

        try
        {
            _payslips = [.. (await Payroll.ListMyPayslipsAsync(new ListMyPayslipsRequest())).Payslips];
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
            return;
        }

        if (_payslips.Count > 0 && user.Subject() is { } subject)
        {
            // The payslips stand without the summary: a refusal of it is said beside them.
            try
            {
                var year = int.Parse(_payslips[0].Month[..4], System.Globalization.CultureInfo.InvariantCulture);
                _year = await Withholding.GetYearWithholdingAsync(new GetYearWithholdingRequest { StaffId = subject, Year = year });
            }
            catch (RpcException refusal)
            {
                _yearRefusal = Refusals.Describe(refusal);
            }
        }
    }
}
