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
/// A policy officer records a training held; heads and the director read.
/// </summary>
public sealed partial class TrainingSessions
{
    private List<ServiceItem> _items = [];
    private List<TrainingSession>? _sessions;
    private TrainingCoverageReply? _coverage;
    private TrainingDraft _draft = new();
    private bool _officer;
    private string _today = string.Empty;

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

    /// <summary>
    /// Those who attended one of the centre's trainings but none on the item shown. policy-law knows attendees, not the
    /// roster, so someone never trained on anything is not among them.
    /// </summary>
    private IReadOnlyList<string> NotYetTrained =>
        _coverage is null
            ? []
            : [.. (_sessions ?? []).SelectMany(s => s.AttendeeStaffIds).Distinct(StringComparer.Ordinal).Except(_coverage.TrainedStaffIds, StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    protected override async Task OnInitializedAsync()
    {
        _officer = (await Authentication.GetAuthenticationStateAsync()).User.IsInRole(PlatformRoles.PolicyOfficer);
        _today = ChinaTime.Today(Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _draft.HeldOn = _today;
        await Action.RunAsync(async () =>
        {
            _items = [.. (await Catalogue.ListItemsAsync(new ListItemsRequest())).Items.OrderBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal)];
            _sessions = [.. (await Knowledge.ListTrainingsAsync(new ListTrainingsRequest())).Sessions];
        });
    }

    private async Task RecordAsync()
    {
        var draft = _draft;
        if (!draft.Complete)
        {
            return;
        }

        TrainingSession? recorded = null;
        // The draft is replaced once recorded, so a second click reaching the circuit afterwards records nothing.
        if (await Action.RunAsync(async () => recorded = await Knowledge.RecordTrainingAsync(draft.ToRequest()), T["TrainingRecorded", draft.Title.Trim()]))
        {
            _draft = new TrainingDraft { HeldOn = _today };
            _sessions = [recorded!, .. _sessions ?? []];
            _coverage = null;
        }
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
            sheet.Add(item.Name, sessions == 0 ? T["TrainingNone"].Value : sessions, TrainedOn(item.Code).Count);
        }

        return sheet;
    }

    private int SessionsOn(string itemCode) => (_sessions ?? []).Count(s => s.ItemCodes.Contains(itemCode));

    private string SessionsText(int sessions) => sessions == 0 ? T["TrainingNone"] : sessions.ToString(CultureInfo.InvariantCulture);

    private IReadOnlyCollection<string> TrainedOn(string itemCode) =>
        [.. (_sessions ?? []).Where(s => s.ItemCodes.Contains(itemCode)).SelectMany(s => s.AttendeeStaffIds).Distinct(StringComparer.Ordinal)];

    private string ItemName(string code) => _items.FirstOrDefault(i => i.Code == code)?.Name ?? code;
}
