using System.Globalization;
using Microsoft.AspNetCore.Components;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// The department's figures (社会工作部工作统计) for a period, in the words of the centre's report and as its table —
/// surveys, people received, job recommendations, home investigations, cases opened and closed, per worker and in
/// all —, with the pairings in force; printed on A4 without the console around it. Without a period social-work
/// answers for the two calendar months before this one, as the report covers them.
/// </summary>
public sealed partial class SocialStatistics
{
    private List<CentreStatistics>? _centres;
    private DateOnly? _from;
    private DateOnly? _to;

    [Inject]
    private SocialWork.V1.Statistics.StatisticsClient Statistics { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    protected override Task OnInitializedAsync() => ReadAsync();

    /// <summary>The period's tally as the table shows it: a row for each worker, then the centre's total, every figure a count.</summary>
    private Spreadsheet StatisticsSheet()
    {
        var first = _centres![0];
        var sheet = new Spreadsheet(
            T["SocialStatisticsSheetTitle", first.From, first.To],
            T["SocialStaff"], T["SocialTallySurveys"], T["SocialTallyReceived"], T["SocialTallyRecommendations"],
            T["SocialTallyInvestigations"], T["SocialTallyOpened"], T["SocialTallyClosed"]);
        foreach (var centre in _centres)
        {
            foreach (var worker in centre.Workers.OrderBy(w => w.StaffId, StringComparer.Ordinal))
            {
                Add(sheet, worker.StaffId, worker.Tally);
            }

            Add(sheet, T["SocialTallyTotal"], centre.Tally);
        }

        return sheet;
    }

    private static void Add(Spreadsheet sheet, string who, Tally figures) =>
        sheet.Add(who, figures.LabourSurveys, figures.PeopleReceived, figures.JobRecommendations, figures.HomeInvestigations, figures.CasesOpened, figures.CasesClosed);

    private Task ReadAsync() => Action.RunAsync(async () =>
    {
        var request = new GetStatisticsRequest
        {
            From = _from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            To = _to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        };
        _centres = [.. (await Statistics.GetStatisticsAsync(request)).Centres];
        if (_centres.FirstOrDefault() is { } shown)
        {
            _from = DateOnly.ParseExact(shown.From, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _to = DateOnly.ParseExact(shown.To, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    });
}
