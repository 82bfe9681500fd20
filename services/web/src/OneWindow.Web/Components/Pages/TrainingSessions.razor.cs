using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Knowledge;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 业务培训 (政策法规部): the trainings held at the centre with their attendees, and for each item of the catalogue how
/// many sessions covered it and who has been trained on it, so that front, review and approval speak with one voice.
/// A policy officer records a training held; heads and the director read. The coverage is counted by policy-law over
/// every session; the sessions are read a page at a time (docs/adr/0021).
/// </summary>
public sealed partial class TrainingSessions
{
    private const int PageSize = 20;

    private readonly PagedList<TrainingSession> _sessions;
    private List<ServiceItem> _items = [];
    private Dictionary<string, ItemTrainingCoverage> _summary = new(StringComparer.Ordinal);
    private int _sessionCount;
    private TrainingCoverageReply? _coverage;
    private TrainingDraft _draft = new();
    private bool _officer;
    private string _today = string.Empty;

    public TrainingSessions() =>
        _sessions = new(async token =>
        {
            var reply = await Knowledge.ListTrainingsAsync(new ListTrainingsRequest { PageSize = PageSize, PageToken = token });
            _sessionCount = reply.TotalSize;
            return (reply.Sessions, reply.NextPageToken);
        });

    [Inject]
    private PolicyLaw.V1.Knowledge.KnowledgeClient Knowledge { get; set; } = null!;

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
        _officer = (await Authentication.GetAuthenticationStateAsync()).User.IsInRole(PlatformRoles.PolicyOfficer);
        _today = ChinaTime.Today(Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _draft.HeldOn = _today;
        await Action.RunAsync(async () =>
        {
            _items = [.. (await Catalogue.ListItemsAsync(new ListItemsRequest())).Items.OrderBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal)];
            await ReadAsync();
        });
    }

    /// <summary>Each item's coverage and the first page of sessions: on opening, and once a training recorded changes both.</summary>
    private async Task ReadAsync()
    {
        _summary = (await Knowledge.SummarizeTrainingCoverageAsync(new SummarizeTrainingCoverageRequest())).Items.ToDictionary(i => i.ItemCode, StringComparer.Ordinal);
        await _sessions.FirstAsync();
    }

    private async Task RecordAsync()
    {
        var draft = _draft;
        if (!draft.Complete)
        {
            return;
        }

        // The draft is replaced as soon as it is recorded (before the coverage and sessions are read again), so a second
        // click reaching the circuit afterwards records nothing.
        await Action.RunAsync(
            async () =>
            {
                await Knowledge.RecordTrainingAsync(draft.ToRequest());
                _draft = new TrainingDraft { HeldOn = _today };
                _coverage = null;
                await ReadAsync();
            },
            T["TrainingRecorded", draft.Title.Trim()]);
    }

    private Task ShowCoverageAsync(ServiceItem item) =>
        Action.RunAsync(async () => _coverage = await Knowledge.TrainingCoverageAsync(new TrainingCoverageRequest { ItemCode = item.Code }));

    /// <summary>Each item's coverage as the table shows it: an item nobody was trained on says so, as on the page.</summary>
    private Spreadsheet CoverageSheet()
    {
        var sheet = new Spreadsheet(T["TrainingCoverage"], T["AnswersItem"], T["TrainingSessionCount"], T["TrainingTrainedCount"]);
        foreach (var item in _items)
        {
            var sessions = SessionsOn(item.Code);
            sheet.Add(item.Name, sessions == 0 ? T["TrainingNone"].Value : sessions, TrainedOn(item.Code));
        }

        return sheet;
    }

    private int SessionsOn(string itemCode) => _summary.GetValueOrDefault(itemCode)?.Sessions ?? 0;

    private string SessionsText(int sessions) => sessions == 0 ? T["TrainingNone"] : sessions.ToString(CultureInfo.InvariantCulture);

    private int TrainedOn(string itemCode) => _summary.GetValueOrDefault(itemCode)?.Trained ?? 0;

    private string ItemName(string code) => _items.FirstOrDefault(i => i.Code == code)?.Name ?? code;
}
