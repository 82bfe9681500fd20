using System.Globalization;
using Google.Protobuf.Collections;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Formats;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.V1;
using OneWindow.Review.V1;
using OneWindow.Web.Calendar;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Review;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 团队负荷, for the head of first review: each reviewer's items as A and as B, open files and effort against the
/// capacity the head set (changed here), who is away today, and the department's leave over the next four weeks, so
/// a file is never assigned to someone about to be away without a colleague to take it.
/// </summary>
public sealed partial class ReviewTeam
{
    private const int CalendarDays = 28;

    private readonly Dictionary<string, string?> _capacities = new(StringComparer.Ordinal);
    private List<RosterEntry>? _roster;
    private LeaveCalendar? _calendar;
    private IReadOnlyDictionary<string, string> _itemNames = new Dictionary<string, string>();

    [Inject]
    private Roster.RosterClient Roster { get; set; } = null!;

    [Inject]
    private Leave.LeaveClient Leave { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private ConsoleWorkingDays WorkingDays { get; set; } = null!;

    protected override Task OnInitializedAsync() => Action.RunAsync(async () =>
    {
        await ReadRosterAsync();
        _itemNames = (await Catalogue.GuidesAsync()).ToDictionary(guide => guide.Code, guide => guide.Name, StringComparer.Ordinal);
        var today = ChinaTime.Today(Clock);
        // The leave of the weeks shown only; a department's leave over four weeks is never near a full page.
        var leave = await Leave.ListLeaveAsync(new ListLeaveRequest
        {
            OverlapsFrom = Wire.Day(today),
            OverlapsTo = Wire.Day(today.AddDays(CalendarDays - 1)),
            PageSize = PageToken.MaxSize,
        });
        _calendar = new LeaveCalendar(leave.Leave, today, CalendarDays, await WorkingDays.CurrentAsync());
    });

    private async Task ReadRosterAsync() =>
        _roster = [.. (await Roster.ListRosterAsync(new ListRosterRequest())).Reviewers.OrderByDescending(r => r.Load - r.Capacity)];

    private async Task SetCapacityAsync(string staffId)
    {
        if (!_capacities.TryGetValue(staffId, out var typed) || !int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity))
        {
            return;
        }

        if (await Action.RunAsync(async () =>
            {
                await Roster.SetCapacityAsync(new SetCapacityRequest { StaffId = staffId, Capacity = capacity });
                await ReadRosterAsync();
            }, T["ReviewTeamCapacitySet", staffId, capacity]))
        {
            _capacities.Remove(staffId);
        }
    }

    private string ItemNames(RepeatedField<string> codes) =>
        codes.Count == 0 ? "—" : string.Join("、", codes.Select(code => _itemNames.GetValueOrDefault(code, code)));

    /// <summary>The team's load as the table shows it, the figures as counts.</summary>
    private Spreadsheet LoadSheet()
    {
        var sheet = new Spreadsheet(
            T["ReviewTeamTitle"],
            T["ReviewReviewer"], T["ReviewTeamItemsA"], T["ReviewTeamItemsB"], T["ReviewTeamOpenFiles"], T["ReviewTeamLoad"], T["ReviewTeamCapacity"], T["ReviewTeamAvailability"]);
        foreach (var reviewer in _roster ?? [])
        {
            sheet.Add(
                reviewer.StaffId + (reviewer.Head ? T["ReviewTeamHeadMark"].Value : null),
                ItemNames(reviewer.ItemsAsA),
                ItemNames(reviewer.ItemsAsB),
                reviewer.OpenFiles,
                reviewer.Load,
                reviewer.Capacity,
                Availability(reviewer));
        }

        return sheet;
    }

    private static int LoadPercent(RosterEntry reviewer) =>
        reviewer.Capacity <= 0 ? 100 : Math.Min(100, reviewer.Load * 100 / reviewer.Capacity);

    private string Availability(RosterEntry reviewer) =>
        reviewer.OnLeave ? T["ReviewTeamOnLeave"]
        : reviewer.LastDay is { } lastDay ? T["ReviewTeamLastDay", WireText.Day(lastDay)]
        : reviewer.Available ? T["ReviewTeamAvailable"]
        : T["ReviewTeamFull"];

    private string? LeaveClass(LeaveRequest? leave, DateOnly day) => leave switch
    {
        null => _calendar!.IsWorkingDay(day) ? null : "leave-rest",
        { Status: LeaveStatus.Approved } => "leave-approved",
        _ => "leave-requested",
    };
}
