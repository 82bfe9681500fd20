using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.HrPayroll.V1;
using OneWindow.Identity.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Hr;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 人员名册: the centre's staff (a head sees their department, as hr-payroll decides) with ID numbers and bank accounts
/// masked as hr-payroll gives them; the HR administrator hires and changes a post, the tier and grade chosen against
/// the district's scale (三岗十八级) shown as a table with the chosen cell marked and its monthly grade pay said, and gives
/// a worker the activation code of their first sign-in (or a forgotten password), shown once, as identity issues it.
/// </summary>
public sealed partial class StaffRegister
{
    private static readonly Department[] Departments = [.. Enum.GetValues<Department>().Where(d => d != Department.Unspecified)];
    private static readonly ProfessionalTitle[] Titles = Enum.GetValues<ProfessionalTitle>();

    private List<StaffMember>? _staff;
    private PayScaleTable? _scale;
    private PostDraft _draft = new();
    private bool _changing;
    private bool _hrAdmin;
    private bool _mustNameCentre;
    private string? _centre;
    private ActivationCode? _activation;

    [SupplyParameterFromQuery(Name = "centre")]
    private string? CentreName { get; set; }

    [Inject]
    private HrPayroll.V1.Staff.StaffClient Staff { get; set; } = null!;

    [Inject]
    private PayScales.PayScalesClient PayScales { get; set; } = null!;

    [Inject]
    private Accounts.AccountsClient StaffAccounts { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _hrAdmin = user.IsInRole(PlatformRoles.HrAdmin);
        _centre = NamedCentre.For(user.Centre(), CentreName);
        _mustNameCentre = user.Centre() is null && _centre is null;
        if (!_mustNameCentre)
        {
            await Action.RunAsync(async () =>
            {
                await ReadAsync();
                _scale = PayScaleTable.From(await PayScales.GetPayScaleAsync(new GetPayScaleRequest(), NamedCentre.Options(_centre)));
            });
        }
    }

    private async Task ReadAsync() =>
        _staff = [.. (await Staff.ListStaffAsync(new ListStaffRequest(), NamedCentre.Options(_centre))).Staff.OrderBy(s => s.StaffId, StringComparer.Ordinal)];

    /// <summary>The register as the table shows it: ID numbers and bank accounts masked as hr-payroll gave them.</summary>
    private Spreadsheet StaffSheet()
    {
        var sheet = new Spreadsheet(
            T["StaffTitle"],
            T["PayslipStaffId"], T["PayslipName"], T["StaffDepartment"], T["StaffRoles"], T["StaffPlacement"], T["StaffTitleColumn"],
            T["StaffHiredOn"], T["StaffLastDay"], T["StaffIdNumber"], T["StaffBankAccount"]);
        foreach (var member in _staff ?? [])
        {
            sheet.Add(
                member.StaffId,
                member.Name,
                T["Department_" + member.Department].Value,
                string.Join("、", member.Roles.Select(r => T["Role_" + r].Value)),
                T["StaffTierGrade", member.Tier, member.Grade].Value,
                T["Title_" + member.Title].Value,
                SpreadsheetCell.Date(member.HiredOn),
                SpreadsheetCell.Date(member.LastDay),
                member.IdNumber,
                member.BankAccount);
        }

        return sheet;
    }

    /// <summary>
    /// The code is on the page only until the next action: identity keeps only its hash. A worker hired a moment ago may
    /// not have an account yet (identity opens it when it hears of the hire), which is said as identity's refusal.
    /// </summary>
    private async Task IssueActivationAsync(StaffMember member)
    {
        _activation = null;
        await Action.RunAsync(async () =>
            _activation = await StaffAccounts.IssueActivationCodeAsync(new IssueActivationCodeRequest { StaffId = member.StaffId }, NamedCentre.Options(_centre)));
    }

    private void Edit(StaffMember member)
    {
        _activation = null;
        _draft = PostDraft.Of(member);
        _changing = true;
        Action.Clear();
    }

    private void NewHire()
    {
        _draft = new PostDraft();
        _changing = false;
    }

    private async Task SaveAsync()
    {
        // A second click after the first was saved finds a fresh, empty form and saves nothing twice.
        if (string.IsNullOrWhiteSpace(_draft.StaffId))
        {
            return;
        }

        var draft = _draft;
        var saved = _changing
            ? await Action.RunAsync(async () => { await Staff.ChangePostAsync(draft.ToChange(), NamedCentre.Options(_centre)); await ReadAsync(); }, T["StaffPostChanged", draft.StaffId])
            : await Action.RunAsync(async () => { await Staff.HireStaffAsync(draft.ToHire(), NamedCentre.Options(_centre)); await ReadAsync(); }, T["StaffHired", draft.StaffId]);
        if (saved && ReferenceEquals(draft, _draft))
        {
            NewHire();
        }
    }
}
