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
/// colleague's pay here. District staff are not paid by a centre and have none.
/// </summary>
public sealed partial class Payslips
{
    private List<MyPayslip>? _payslips;
    private bool _noCentre;
    private string? _refusal;

    [Inject]
    private Payroll.PayrollClient Payroll { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _noCentre = (await Authentication.GetAuthenticationStateAsync()).User.Centre() is null;
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
        }
    }
}
