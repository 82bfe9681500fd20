using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Common.Formats;
using OneWindow.HrPayroll.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 请假: every member of staff asks for their own leave here and follows it (the HR administrator may ask for anyone of
/// the centre). Only the head of the worker's department decides it, never their own (hr-payroll's rule): a head sees
/// their department's requests waiting, each with whether the worker's A/B partners are there on those days, and
/// approves or rejects with a reason. The HR administrator and the director read the centre's leave and are told it is
/// the head's to decide. Their own leave and the centre's are read a page at a time, the latest start first; a head's
/// waiting requests and the leave overlapping them (for the cover) are read whole, a department's being few.
/// </summary>
public sealed partial class HrLeave
{
    private const int PageSize = 20;
    private static readonly LeaveKind[] Kinds = [.. Enum.GetValues<LeaveKind>().Where(k => k != LeaveKind.Unspecified)];

    private readonly Dictionary<string, string?> _notes = new(StringComparer.Ordinal);
    private readonly PagedList<LeaveRequest> _mine;
    private readonly PagedList<LeaveRequest> _all;
    private (int Mine, int All) _totals;
    private List<LeaveRequest>? _pending;
    private List<LeaveRequest> _cover = [];
    private IReadOnlyList<StaffMember> _staff = [];
    private IReadOnlyDictionary<string, string> _itemNames = new Dictionary<string, string>();
    private Department? _headOf;
    private string? _me;
    private bool _hrAdmin;
    private bool _readsCentre;
    private bool _noCentre;
    private string? _draftStaff;
    private string? _draftFrom;
    private string? _draftTo;
    private LeaveKind _draftKind = LeaveKind.Annual;
    private string? _draftReason;

    public HrLeave()
    {
        _mine = new(async token =>
        {
            var reply = await Leave.ListLeaveAsync(new ListLeaveRequest { StaffId = _me, PageSize = PageSize, PageToken = token });
            _totals.Mine = reply.TotalSize;
            return (reply.Leave, reply.NextPageToken);
        });
        _all = new(async token =>
        {
            var reply = await Leave.ListLeaveAsync(new ListLeaveRequest { PageSize = PageSize, PageToken = token });
            _totals.All = reply.TotalSize;
            return (reply.Leave, reply.NextPageToken);
        });
    }

    [Inject]
    private Leave.LeaveClient Leave { get; set; } = null!;

    [Inject]
    private HrPayroll.V1.Staff.StaffClient Staff { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _me = user.Subject();
        _hrAdmin = user.IsInRole(PlatformRoles.HrAdmin);
        _readsCentre = _hrAdmin || user.IsInRole(PlatformRoles.Director) || user.IsInRole(PlatformRoles.Head);
        // Leave is a centre's: district staff have no leave here to ask for or decide.
        _noCentre = user.Centre() is null;
        if (_noCentre)
        {
            return;
        }

        await Action.RunAsync(async () =>
        {
            if (_readsCentre)
            {
                _staff = [.. (await Staff.ListStaffAsync(new ListStaffRequest())).Staff];
                var me = _staff.FirstOrDefault(s => s.StaffId == _me);
                _headOf = user.IsInRole(PlatformRoles.Head) && me is not null ? me.Department : null;
                _itemNames = (await Catalogue.GuidesAsync()).ToDictionary(guide => guide.Code, guide => guide.Name, StringComparer.Ordinal);
            }

            await ReadAsync();
        });
    }

    private async Task ReadAsync()
    {
        await _mine.ReadAsync();
        if (_readsCentre)
        {
            await _all.ReadAsync();
        }

        if (_headOf is { } department)
        {
            // Waiting requests are the department's (a director who heads one reads the centre's, hence the filter here).
            var waiting = await Leave.ListLeaveAsync(new ListLeaveRequest { Status = LeaveStatus.Requested, PageSize = PageToken.MaxSize });
            _pending = [.. waiting.Leave.Where(l => l.Status == LeaveStatus.Requested && l.Department == department && l.StaffId != _me).OrderBy(l => l.From, StringComparer.Ordinal)];
            _cover = _pending.Count == 0 ? [] : [.. (await Leave.ListLeaveAsync(new ListLeaveRequest
            {
                OverlapsFrom = _pending.Select(l => l.From).Min(StringComparer.Ordinal),
                OverlapsTo = _pending.Select(l => l.To).Max(StringComparer.Ordinal),
                PageSize = PageToken.MaxSize,
            })).Leave];
        }
    }

    private string NameOf(string staffId) =>
        _staff.FirstOrDefault(s => s.StaffId == staffId) is { } member ? $"{member.Name}（{staffId}）" : staffId;

    private string ItemName(string code) => _itemNames.GetValueOrDefault(code, code);

    private async Task RequestAsync()
    {
        if (string.IsNullOrEmpty(_draftFrom) || string.IsNullOrEmpty(_draftTo))
        {
            return;
        }

        var request = new RequestLeaveRequest
        {
            StaffId = _hrAdmin && !string.IsNullOrWhiteSpace(_draftStaff) ? _draftStaff.Trim() : null,
            From = _draftFrom,
            To = _draftTo,
            Kind = _draftKind,
            Reason = string.IsNullOrWhiteSpace(_draftReason) ? null : _draftReason.Trim(),
        };
        if (await Action.RunAsync(async () => { await Leave.RequestLeaveAsync(request); await ReadAsync(); }, T["LeaveRequested", request.From, request.To]))
        {
            // A second click finds an empty form: the same leave is never asked for twice.
            _draftStaff = _draftFrom = _draftTo = _draftReason = null;
        }
    }

    private Task ApproveAsync(LeaveRequest leave) =>
        DecideAsync(leave, note => Leave.ApproveLeaveAsync(new DecideLeaveRequest { LeaveId = leave.LeaveId, Note = note }).ResponseAsync, "LeaveApproved");

    private Task RejectAsync(LeaveRequest leave) =>
        string.IsNullOrWhiteSpace(_notes.GetValueOrDefault(leave.LeaveId))
            ? Task.CompletedTask
            : DecideAsync(leave, note => Leave.RejectLeaveAsync(new DecideLeaveRequest { LeaveId = leave.LeaveId, Note = note }).ResponseAsync, "LeaveRejected");

    private async Task DecideAsync(LeaveRequest leave, Func<string?, Task<LeaveRequest>> decide, string done)
    {
        var note = _notes.GetValueOrDefault(leave.LeaveId);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (await Action.RunAsync(async () => { await decide(note); await ReadAsync(); }, T[done, NameOf(leave.StaffId), leave.From, leave.To]))
        {
            _notes.Remove(leave.LeaveId);
        }
    }
}
