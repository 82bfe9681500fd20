using BootstrapBlazor.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.HrPayroll.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Hr;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Gateway;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// One payroll run and the steps hr-payroll takes it through — prepared (and computed in the background, its progress
/// read again every second until the payslips are all in), reviewed (an HR administrator, the district's
/// one naming the centre), approved by the director, paid — with who did each. Each role is offered only its own next
/// step; a director who prepared or reviewed the run is told before clicking that it is not theirs to approve. Once
/// approved, the bank file is fetched with the user's own token (hr-payroll decides who may have it and audits it) and
/// handed to the browser.
/// </summary>
public sealed partial class PayrollRunDetail
{
    private PayrollRun? _run;
    private bool _hrAdmin;
    private bool _director;
    private string? _me;
    private string? _centre;
    private string? _notMine;

    [Parameter]
    public string RunId { get; set; } = string.Empty;

    [SupplyParameterFromQuery(Name = "centre")]
    private string? CentreName { get; set; }

    [Inject]
    private Payroll.PayrollClient Payroll { get; set; } = null!;

    [Inject]
    private GatewayDocuments Documents { get; set; } = null!;

    [Inject]
    private DownloadService Downloads { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _me = user.Subject();
        _hrAdmin = user.IsInRole(PlatformRoles.HrAdmin);
        _director = user.IsInRole(PlatformRoles.Director);
        _centre = NamedCentre.For(user.Centre(), CentreName);
        await RefreshAsync();
    }

    private Task RefreshAsync() =>
        Action.RunAsync(async () => Show(await Payroll.GetRunAsync(new GetRunRequest { RunId = RunId }, NamedCentre.Options(_centre))));

    private int ComputedPercent() => _run is { Headcount: > 0 } run ? run.PayslipCount * 100 / run.Headcount : 0;

    private void Show(PayrollRun run)
    {
        _run = run;
        _notMine = PayrollSeparation.Of(run, _me);
    }

    private IEnumerable<(string Name, string? By)> Steps()
    {
        var run = _run!;
        yield return ("Prepared", run.PreparedBy);
        yield return ("Reviewed", run.ReviewedBy);
        yield return ("Approved", run.ApprovedBy);
        // hr-payroll records when the bank paid, not who recorded it.
        yield return ("Paid", run.Status == RunStatus.Paid ? T["PayrollPaidByBank"].Value : null);
    }

    private Task ReviewAsync() =>
        DecideAsync(RunStatus.Draft, () => Payroll.ReviewRunAsync(new RunActionRequest { RunId = RunId }, NamedCentre.Options(_centre)).ResponseAsync, T["PayrollReviewed"]);

    private Task ApproveAsync() =>
        DecideAsync(RunStatus.Reviewed, () => Payroll.ApproveRunAsync(new RunActionRequest { RunId = RunId }, NamedCentre.Options(_centre)).ResponseAsync, T["PayrollApproved"]);

    private Task MarkPaidAsync() =>
        DecideAsync(RunStatus.Approved, () => Payroll.MarkPaidAsync(new RunActionRequest { RunId = RunId }, NamedCentre.Options(_centre)).ResponseAsync, T["PayrollMarkedPaid"]);

    /// <summary>The run's payslips as the table shows them, every amount a number in 元 (the score a number of points).</summary>
    private Spreadsheet PayslipsSheet()
    {
        var run = _run!;
        var sheet = new Spreadsheet(
            T["PayrollSheetTitle", run.Month],
            [T["PayslipStaffId"], T["PayslipName"], .. PayslipLines.Regular.Select(line => T["Payslip_" + line.Name].Value), T["PayslipNote"]]);
        foreach (var payslip in run.Payslips)
        {
            sheet.Add(
            [
                payslip.StaffId,
                payslip.Name,
                .. PayslipLines.Regular.Select(line => line.Name == "Score" ? SpreadsheetCell.Number(line.Of(payslip)) : SpreadsheetCell.Amount(line.Of(payslip))),
                payslip.Note,
            ]);
        }

        return sheet;
    }

    private Task BankFileAsync() =>
        Action.RunAsync(async () =>
        {
            var file = await Documents.GetAsync($"/api/hr-payroll/v1/payroll-runs/{Uri.EscapeDataString(RunId)}/bank-file", _centre, $"payroll-{RunId}.csv");
            await Downloads.DownloadFromByteArrayAsync(file.FileName, file.Content);
        });

    private async Task DecideAsync(RunStatus from, Func<Task<PayrollRun>> decision, string done)
    {
        // A second click that reaches the circuit after the step was taken finds the run past it and does nothing.
        if (_run?.Status != from)
        {
            return;
        }

        await Action.RunAsync(async () => Show(await decision()), done);
    }
}
