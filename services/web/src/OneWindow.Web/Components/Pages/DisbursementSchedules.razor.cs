using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.ServiceDefaults;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 发放计划: each household's monthly entitlements from their approval on, what a batch will pay; by household. Read a
/// page at a time, the latest scheduled first (docs/adr/0021); a new search starts at the first page. A policy officer
/// records or corrects who each is paid to and the account (docs/adr/0026), from the bank card or passbook in the file;
/// the page shows it masked, as the service gives it, and a number failing its check is refused with the field named.
/// Each schedule shows where its benefit stands (正常, 待复核 with the due date told to the resident, 已暂停, 已终止;
/// docs/adr/0025), and a policy officer reinstates a suspended one with a reason.
/// </summary>
public sealed partial class DisbursementSchedules
{
    private const int PageSize = 50;
    private readonly PagedList<Schedule> _schedules;
    private int _total;
    private IReadOnlyList<ServiceGuide> _guides = [];
    private string? _household;
    private bool _officer;
    private Schedule? _editing;
    private string? _payeeName;
    private string? _account;
    private Schedule? _reinstating;
    private string? _reason;

    public DisbursementSchedules() =>
        _schedules = new(async token =>
        {
            var reply = await Disbursement.ListSchedulesAsync(new ListSchedulesRequest
            {
                HouseholdId = string.IsNullOrWhiteSpace(_household) ? null : _household.Trim(),
                PageSize = PageSize,
                PageToken = token,
            });
            _total = reply.TotalSize;
            return (reply.Schedules, reply.NextPageToken);
        });

    [Inject]
    private PolicyLaw.V1.Disbursement.DisbursementClient Disbursement { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _officer = (await Authentication.GetAuthenticationStateAsync()).User.IsInRole(PlatformRoles.PolicyOfficer);
        await Action.RunAsync(async () => _guides = await Catalogue.GuidesAsync());
        await SearchAsync();
    }

    private string ItemName(string code) => _guides.FirstOrDefault(g => g.Code == code)?.Name ?? code;

    /// <summary>Every schedule the search finds, every page of it, as the table shows them; the monthly amount a number in 元.</summary>
    private async Task<Spreadsheet> SchedulesSheetAsync()
    {
        var sheet = new Spreadsheet(T["SchedulesTitle"], T["LedgerHousehold"], T["LedgerItem"], T["ScheduleMonthly"], T["ScheduleFrom"], T["ScheduleUntil"], T["ScheduleStatus"]);
        foreach (var schedule in await _schedules.EveryRowAsync())
        {
            sheet.Add(schedule.HouseholdId, ItemName(schedule.ItemCode), SpreadsheetCell.Amount(schedule.MonthlyAmount), schedule.FirstPeriod, schedule.LastPeriod ?? T["ScheduleOngoing"].Value, StatusOf(schedule));
        }

        return sheet;
    }

    private string StatusOf(Schedule schedule) => schedule.Status switch
    {
        "suspended" => T["ScheduleSuspended", schedule.StatusSince ?? string.Empty],
        "ended" => T["ScheduleEnded", schedule.StatusSince ?? string.Empty],
        _ when schedule.ReviewDueOn is { } due => T["ScheduleReviewDue", due],
        _ => T["ScheduleActive"],
    };

    private void OpenReinstate(Schedule schedule)
    {
        _reinstating = schedule;
        _reason = null;
    }

    private void CloseReinstate() => _reinstating = null;

    /// <summary>The page is read again to show it paid again; the form closes only when it was reinstated.</summary>
    private async Task ReinstateAsync(Schedule schedule)
    {
        if (_reinstating != schedule || string.IsNullOrWhiteSpace(_reason))
        {
            return;
        }

        var request = new ReinstateBenefitRequest { HouseholdId = schedule.HouseholdId, ItemCode = schedule.ItemCode, Reason = _reason.Trim() };
        var reinstated = await Action.RunAsync(
            async () =>
            {
                await Disbursement.ReinstateBenefitAsync(request);
                await _schedules.ReadAsync();
            },
            T["ReinstateDone"]);
        if (reinstated)
        {
            _reinstating = null;
            _reason = null;
        }
    }

    private void Open(Schedule schedule)
    {
        _editing = schedule;
        _payeeName = null;
        _account = null;
    }

    private void Close() => _editing = null;

    /// <summary>The page is read again to show the payee masked; the form closes only when it was recorded.</summary>
    private async Task SaveAsync(Schedule schedule)
    {
        // A second click after the payee was recorded finds the form closed and does nothing.
        if (_editing != schedule || string.IsNullOrWhiteSpace(_payeeName) || string.IsNullOrWhiteSpace(_account))
        {
            return;
        }

        var request = new RecordPayeeRequest { HouseholdId = schedule.HouseholdId, ItemCode = schedule.ItemCode, PayeeName = _payeeName.Trim(), Account = _account.Trim() };
        var recorded = await Action.RunAsync(
            async () =>
            {
                await Disbursement.RecordPayeeAsync(request);
                await _schedules.ReadAsync();
            },
            T["PayeeRecorded"]);
        if (recorded)
        {
            _editing = null;
            _account = null;
        }
    }

    /// <summary>A new search starts at the first page.</summary>
    private Task SearchAsync() => Action.RunAsync(_schedules.FirstAsync);
}
