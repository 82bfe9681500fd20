using System.Globalization;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 沉默型困难家庭: the households the district's rules flag from what the platform already saw (a benefit ended and
/// not renewed, repeated rejections, an elderly person alone without contact…), each with its reasons; the worker
/// takes one into a case, dismisses it with a reason (it stays quiet for a while) or defers it to a day. The worker
/// may scan the centre again: social-work answers at once and scans in the background (docs/adr/0022), so the page
/// reads the scan every second while it runs and shows how many households it has checked; leaving the page leaves the
/// scan going, and coming back shows the latest scan where it stands. When a scan ends the findings are read again.
/// The findings come a page at a time, the longest waiting first, as social-work orders them.
/// </summary>
public sealed partial class SilentFamilies
{
    private const int PageSize = 20;

    private readonly PagedList<Finding> _findings;
    private List<Rule>? _rules;
    private FamilyScan? _scan;
    private bool _scanRead;
    private string? _deciding;
    private string? _dismissReason;
    private DateOnly? _deferUntil;

    public SilentFamilies() =>
        _findings = new(async token =>
        {
            var reply = await Findings.ListFindingsAsync(new ListFindingsRequest { PageSize = PageSize, PageToken = token });
            return (reply.Findings, reply.NextPageToken);
        });

    [Inject]
    private SocialWork.V1.SilentFamilies.SilentFamiliesClient Findings { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    /// <summary>The scan's own calls: reading its progress every second must not clear what a decision on a finding said.</summary>
    [Inject]
    private PageAction ScanAction { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private bool Scanning => _scan?.Status == ScanStatus.Scanning;

    protected override async Task OnInitializedAsync()
    {
        // The latest scan first, perhaps one still under way that someone started before leaving the page; the button
        // waits for it, so a click never meets this read (and is never lost to it).
        await ScanAction.RunAsync(async () => _scan = (await Findings.ListScansAsync(new ListScansRequest { PageSize = 1 })).Scans.FirstOrDefault());
        _scanRead = true;
        await Action.RunAsync(async () =>
        {
            await _findings.FirstAsync();
            _rules = [.. (await Findings.ListRulesAsync(new ListRulesRequest())).Rules];
        });
    }

    private Task ScanAsync() => ScanAction.RunAsync(async () => _scan = await Findings.ScanAsync(new ScanRequest()));

    private async Task RefreshScanAsync()
    {
        if (_scan is not { } scan)
        {
            return;
        }

        await ScanAction.RunAsync(async () => _scan = await Findings.GetScanAsync(new GetScanRequest { ScanId = scan.ScanId }));
        if (!Scanning)
        {
            // What the scan raised joins the findings: read them again from the first page.
            await Action.RunAsync(_findings.FirstAsync);
        }
    }

    private static int ScannedPercent(FamilyScan scan) => scan.HouseholdsTotal > 0 ? Math.Min(scan.HouseholdsScanned * 100 / scan.HouseholdsTotal, 100) : 0;

    private void StartDeciding(Finding finding)
    {
        _deciding = finding.FindingId;
        _dismissReason = null;
        _deferUntil = ChinaTime.Today(Clock).AddMonths(1);
        Action.Clear();
    }

    private async Task AcceptAsync(Finding finding)
    {
        // A second click after the case was opened finds the finding gone from the page and does nothing.
        if (_findings.Rows?.Contains(finding) != true)
        {
            return;
        }

        Case? opened = null;
        if (await Action.RunAsync(async () => opened = await Findings.AcceptFindingAsync(new AcceptFindingRequest { FindingId = finding.FindingId })))
        {
            _findings.Rows.Remove(finding);
            Navigation.NavigateTo("/social/cases/" + opened!.CaseId);
        }
    }

    private async Task DismissAsync(Finding finding)
    {
        if (_deciding != finding.FindingId || string.IsNullOrWhiteSpace(_dismissReason))
        {
            return;
        }

        var request = new DismissFindingRequest { FindingId = finding.FindingId, Reason = _dismissReason!.Trim() };
        if (await Action.RunAsync(async () => { await Findings.DismissFindingAsync(request); await _findings.ReadAsync(); }, T["SilentDismissed"]))
        {
            _deciding = null;
        }
    }

    private async Task DeferAsync(Finding finding)
    {
        if (_deciding != finding.FindingId || _deferUntil is not { } until)
        {
            return;
        }

        var request = new DeferFindingRequest { FindingId = finding.FindingId, Until = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (await Action.RunAsync(async () => { await Findings.DeferFindingAsync(request); await _findings.ReadAsync(); }, T["SilentDeferred", WireText.Day(request.Until)]))
        {
            _deciding = null;
        }
    }
}
