using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Audit.V1;
using OneWindow.Common.Formats;
using OneWindow.Common.Time;
using OneWindow.Web.Components.Audit;
using OneWindow.Web.Components.Hr;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 审计日志: every decision and every refusal the platform wrote, searched by days, person, act, subject and refusals
/// only. The director reads their centre's trail; the district admin every centre's and the district's own, or one
/// centre's by naming it. Read from every service's trail and merged by time, a page at a time; the pages already
/// read are kept, so going back shows them as they were.
/// </summary>
public sealed partial class AuditLog
{
    private const int PageSize = 50;

    private readonly List<AuditPage> _pages = [];
    private int _shown;
    private bool _district;
    private bool _busy;
    private string? _refusal;
    private WholeAuditTrail _trail = null!;

    /// <summary>Staff names by id, so the trail names people as the director knows them; ids alone when unknown.</summary>
    private Dictionary<string, string> _names = [];

    private DateOnly? _from;
    private DateOnly? _to;
    private string? _centre;
    private string? _actor;
    private string? _action;
    private string? _subjectId;
    private bool _deniedOnly;

    private AuditPage? Shown => _pages.Count == 0 ? null : _pages[_shown];

    [Inject]
    private AuditTrail.AuditTrailClient Client { get; set; } = null!;

    [Inject]
    private AuditWords Words { get; set; } = null!;

    [Inject]
    private HrPayroll.V1.Staff.StaffClient Staff { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _trail = new WholeAuditTrail(Client);
        _district = (await Authentication.GetAuthenticationStateAsync()).User.Centre() is null;
        _to = ChinaTime.Today(Clock);
        _from = _to.Value.AddDays(-6);
        await ReadNamesAsync();
        await SearchAsync();
    }

    private async Task ReadNamesAsync()
    {
        try
        {
            _names = (await Staff.ListStaffAsync(new HrPayroll.V1.ListStaffRequest())).Staff.ToDictionary(s => s.StaffId, s => s.Name, StringComparer.Ordinal);
        }
        catch (RpcException)
        {
            // The register is hr-payroll's: without it the trail still reads, by staff id.
            _names = [];
        }
    }

    /// <summary>The page shown, as an inspector is handed it: one row a record, the time to the second.</summary>
    private Spreadsheet AuditSheet()
    {
        // The centre column only for the district, as on the page.
        string[] headers = [T["AuditAt"], .. _district ? [T["AuditCentre"].Value] : Array.Empty<string>(), T["AuditService"], T["AuditActor"], T["AuditRoles"], T["AuditAction"], T["AuditSubject"], T["AuditSubjectId"], T["AuditOutcome"], T["AuditReason"]];
        var sheet = new Spreadsheet(T["AuditSheetTitle", Wire.Day(_from), Wire.Day(_to)], headers);
        foreach (var line in Shown?.Lines ?? [])
        {
            var record = line.Record;
            List<SpreadsheetCell> cells = [AuditWords.Second(line.At)];
            if (_district)
            {
                cells.Add(record.Centre.Length == 0 ? T["AuditDistrictWide"].Value : record.Centre);
            }

            cells.AddRange([
                Words.Service(line.Service), ActorName(record.Actor), Words.Roles(record.ActorRoles), Words.Action(record.Action),
                Words.Subject(record.SubjectType), record.SubjectId, record.Outcome == "denied" ? T["AuditDenied"].Value : T["AuditDone"].Value, Words.Reason(record.Outcome, record.Reason)]);
            sheet.Add([.. cells]);
        }

        return sheet;
    }

    /// <summary>"胡涛浩（jiangpu-s031）", or the id alone, or 系统自动 for a service's own act.</summary>
    private string ActorName(string actor) =>
        _names.TryGetValue(actor, out var name) && name.Length > 0 ? $"{name}（{actor}）" : Words.Actor(actor);

    private async Task SearchAsync()
    {
        if (_busy)
        {
            return;
        }

        _trail.Start(
            new SearchAuditRequest
            {
                From = Wire.Day(_from),
                To = Wire.Day(_to),
                Actor = _actor?.Trim() ?? string.Empty,
                Action = _action ?? string.Empty,
                SubjectId = _subjectId?.Trim() ?? string.Empty,
                DeniedOnly = _deniedOnly,
            },
            NamedCentre.Options(_district ? NamedCentre.For(ownCentre: null, _centre) : null));
        _pages.Clear();
        _shown = 0;
        await ReadPageAsync();
    }

    private async Task NextAsync()
    {
        if (_shown < _pages.Count - 1)
        {
            _shown++;
            return;
        }

        if (Shown is { More: true })
        {
            await ReadPageAsync();
        }
    }

    private void Previous() => _shown = Math.Max(0, _shown - 1);

    private async Task ReadPageAsync()
    {
        _busy = true;
        try
        {
            _pages.Add(await _trail.NextPageAsync(PageSize));
            _shown = _pages.Count - 1;
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
        finally
        {
            _busy = false;
        }
    }
}
