using System.Globalization;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 沉默型困难家庭: the households the district's rules flag from what the platform already saw (a benefit ended and
/// not renewed, repeated rejections, an elderly person alone without contact…), each with its reasons; the worker
/// takes one into a case, dismisses it with a reason (it stays quiet for a while) or defers it to a day. The worker
/// may scan the centre again; the scan runs in one call, so the page says it is under way until it answers. The
/// findings come a page at a time, the longest waiting first, as social-work orders them.
/// </summary>
public sealed partial class SilentFamilies
{
    private const int PageSize = 20;

    private readonly PagedList<Finding> _findings;
    private List<Rule>? _rules;
    private ScanReply? _scan;
    private bool _scanning;
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

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override Task OnInitializedAsync() => Action.RunAsync(async () =>
    {
        await _findings.FirstAsync();
        _rules = [.. (await Findings.ListRulesAsync(new ListRulesRequest())).Rules];
    });

    private async Task ScanAsync()
    {
        _scanning = true;
        _scan = null;
        try
        {
            await Action.RunAsync(async () =>
            {
                _scan = await Findings.ScanAsync(new ScanRequest());
                await _findings.FirstAsync();
            });
        }
        finally
        {
            _scanning = false;
        }
    }

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
