using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Knowledge;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 质量抽查: the month's random sample of each first reviewer's decisions, rechecked by the policy-and-law department;
/// an error names its category, which feeds the reviewer's monthly evaluation. A decision the officer reviewed is shown
/// as not theirs to check before anyone clicks. Heads and the director read the month's results.
/// </summary>
public sealed partial class QualitySample
{
    // A month's sample is at most 20 decisions per reviewer, so a centre's month mostly fits one page.
    private const int PageSize = 100;

    private readonly Dictionary<string, CheckDraft> _drafts = new(StringComparer.Ordinal);
    private readonly PagedList<QualityCheck> _checks;
    private List<ServiceItem> _items = [];
    private List<ReviewerChecks> _reviewers = [];
    private int _total;
    private bool _officer;
    private string? _me;
    private string _thisMonth = string.Empty;
    private string? _month;
    private int _perReviewer = 3;

    /// <summary>The month's checks a page at a time, reviewer by reviewer; each reviewer's counts are of the whole month.</summary>
    public QualitySample() =>
        _checks = new(async token =>
        {
            var reply = await Quality.ListChecksAsync(new ListChecksRequest { Month = _month, PageSize = PageSize, PageToken = token });
            (_reviewers, _total) = ([.. reply.Reviewers], reply.TotalSize);
            return (reply.Checks, reply.NextPageToken);
        });

    [Inject]
    private PolicyLaw.V1.QualityChecks.QualityChecksClient Quality { get; set; } = null!;

    [Inject]
    private PolicyLaw.V1.Catalogue.CatalogueClient Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _officer = user.IsInRole(PlatformRoles.PolicyOfficer);
        _me = user.Subject();
        _thisMonth = ChinaTime.Today(Clock).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        _month = _thisMonth;
        await Action.RunAsync(async () => _items = [.. (await Catalogue.ListItemsAsync(new ListItemsRequest())).Items]);
        await LoadAsync();
    }

    private Task ChooseMonthAsync(string? month)
    {
        _month = month;
        return LoadAsync();
    }

    /// <summary>Another month starts at its first page.</summary>
    private Task LoadAsync() => string.IsNullOrEmpty(_month) ? Task.CompletedTask : Action.RunAsync(_checks.FirstAsync);

    private async Task DrawAsync()
    {
        if (string.IsNullOrEmpty(_month))
        {
            return;
        }

        var request = new DrawSampleRequest { Month = _month, PerReviewer = _perReviewer };
        // Drawing again only tops each reviewer up to the number asked for, so a second click adds nothing twice.
        await Action.RunAsync(async () => { await Quality.DrawSampleAsync(request); await _checks.FirstAsync(); }, T["QualityDrawn", request.Month, request.PerReviewer]);
    }

    private async Task RecordAsync(QualityCheck check, bool correct)
    {
        var draft = DraftOf(check.CheckId);
        // The row as it stands now: a second click reaching the circuit after the outcome came back records nothing.
        var current = _checks.Rows?.FirstOrDefault(c => c.CheckId == check.CheckId);
        if (current?.Outcome != "pending" || (!correct && draft.ErrorCategory.Length == 0))
        {
            return;
        }

        var request = correct ? draft.Correct(check.CheckId) : draft.Error(check.CheckId);
        // The page is read again, so the reviewer's counts of the month move with the outcome recorded.
        if (await Action.RunAsync(async () => { await Quality.RecordCheckAsync(request); await _checks.ReadAsync(); }, T["QualityRecorded", ShortId(check.FileId), ResultText(request)]))
        {
            _drafts.Remove(check.CheckId);
        }
    }

    private CheckDraft DraftOf(string checkId)
    {
        if (!_drafts.TryGetValue(checkId, out var draft))
        {
            draft = new CheckDraft();
            _drafts[checkId] = draft;
        }

        return draft;
    }

    /// <summary>The month's whole sample, every page of it, as the checks table shows it, each file named in full (the table shows its tail).</summary>
    private async Task<Spreadsheet> ChecksSheetAsync()
    {
        var sheet = new Spreadsheet(
            T["QualitySheetTitle", _month ?? string.Empty],
            T["QualityReviewer"], T["AnswersItem"], T["QualityReviewOutcome"], T["QualityFile"], T["QualityResult"]);
        foreach (var check in await _checks.EveryRowAsync())
        {
            sheet.Add(check.ReviewerStaffId, ItemName(check.ItemCode), T["QualityReview_" + check.ReviewOutcome].Value, check.FileId, ResultText(check));
        }

        return sheet;
    }

    private string ResultText(QualityCheck check) =>
        check.Outcome == "error" && check.ErrorCategory is { } category
            ? $"{T["QualityOutcome_error"]}：{T["QualityError_" + category]}（{check.CheckedBy}）"
            : check.CheckedBy is { } by ? $"{T["QualityOutcome_" + check.Outcome]}（{by}）" : T["QualityOutcome_" + check.Outcome];

    private string ResultText(RecordCheckRequest request) =>
        request.Outcome == "error" ? $"{T["QualityOutcome_error"]}：{T["QualityError_" + request.ErrorCategory]}" : T["QualityOutcome_correct"];

    private string ItemName(string code) => _items.FirstOrDefault(i => i.Code == code)?.Name ?? code;

    /// <summary>The random tail of a file's id, enough to tell the month's sampled files apart on screen (its head is a time).</summary>
    private static string ShortId(string fileId) => fileId.Length > 8 ? fileId[^8..] : fileId;
}
