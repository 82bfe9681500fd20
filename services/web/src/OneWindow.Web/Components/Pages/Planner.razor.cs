using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.V1;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Planner;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 窗口排班规划: the director's planner. For a day (tomorrow unless chosen), the windows of each type to open in every
/// half-hour, from the centre's own history (intake's Erlang C plan), the plan's day as simulated, and the clerks who
/// can staff it (hr-payroll's staff and approved leave). What if: more or fewer residents, windows more or fewer.
/// </summary>
public sealed partial class Planner
{
    private DateOnly? _day;
    private int _arrivalsPercent = 100;
    private int _windowsOffset;
    private WindowPlan? _plan;
    private List<PlanSlot> _busy = [];
    private List<WindowType> _types = [];
    private Vizor.ECharts.ChartOptions _chart = null!;
    private StaffPlacement? _placement;
    private string? _staffRefusal;
    private Dictionary<string, string> _itemNames = [];

    [Inject]
    private Planning.PlanningClient Planning { get; set; } = null!;

    [Inject]
    private Staff.StaffClient Staff { get; set; } = null!;

    [Inject]
    private Leave.LeaveClient Leave { get; set; } = null!;

    [Inject]
    private PolicyLaw.V1.Catalogue.CatalogueClient Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _day = ChinaTime.Today(Clock).AddDays(1);
        await PlanAsync();
    }

    private bool Above(PlanSlot slot) => !slot.HasExpectedWaiting || slot.ExpectedWaiting > _plan!.TargetWaiting;

    private string ItemName(string code) => _itemNames.GetValueOrDefault(code, code);

    private async Task PlanAsync()
    {
        await Action.RunAsync(async () =>
        {
            var plan = await Planning.PlanWindowsAsync(new PlanWindowsRequest
            {
                Day = _day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                ArrivalsPercent = _arrivalsPercent,
                WindowsOffset = _windowsOffset,
            });
            // The half-hours someone comes in: a centre open round the clock is not planned at three in the morning.
            var busy = plan.Slots.GroupBy(s => s.Starts).Where(g => g.Any(s => s.ArrivalsPerHour > 0)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            _busy = [.. plan.Slots.Where(s => busy.Contains(s.Starts))];
            _types = [.. _busy.Select(s => s.WindowType).Distinct().OrderBy(t => t == WindowType.Comprehensive ? 0 : (int)t)];
            _chart = PlannerCharts.Day(_busy, T);
            _plan = plan;
        });
        await StaffAsync();
    }

    private async Task StaffAsync()
    {
        if (_plan is null)
        {
            return;
        }

        try
        {
            var staff = await Staff.ListStaffAsync(new ListStaffRequest());
            var leave = await Leave.ListLeaveAsync(new ListLeaveRequest { Status = LeaveStatus.Approved, OverlapsFrom = _plan.Day, OverlapsTo = _plan.Day, PageSize = 200 });
            _placement = StaffPlacement.For(_plan, staff.Staff, leave.Leave);
            if (_placement.ItemsWithoutCover.Count > 0 && _itemNames.Count == 0)
            {
                var guides = await Catalogue.ListGuidesAsync(new PolicyLaw.V1.ListGuidesRequest());
                _itemNames = guides.Guides.ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal);
            }

            _staffRefusal = null;
        }
        catch (RpcException refusal)
        {
            _staffRefusal = Refusals.Describe(refusal);
        }
    }
}
