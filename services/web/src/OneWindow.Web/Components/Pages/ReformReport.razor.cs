using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.Intake.V1;
using OneWindow.Review.V1;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 改革成效: the director's report of a day against the reform's five promises — at most three waiting on average, half
/// as many residents again served as at line-based windows, every file finished within two returns, none held up by a
/// reviewer's leave, every item due offered in the same visit. Intake's figures (the hall, the visits) and review's (the
/// files) are asked side by side; when one side does not answer, the other's figures still show.
/// </summary>
public sealed partial class ReformReport
{
    private DateOnly? _day;
    private ReformOutcomes? _hall;
    private ReviewOutcomes? _files;
    private string? _filesRefusal;

    [Inject]
    private Planning.PlanningClient Planning { get; set; } = null!;

    [Inject]
    private FirstReview.FirstReviewClient Review { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _day = ChinaTime.Today(Clock);
        await ReportAsync();
    }

    private string Day => _day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private MeasuredLine? Comprehensive => _hall?.Lines.FirstOrDefault(l => l.WindowType == WindowType.Comprehensive);

    private async Task ReportAsync()
    {
        await Action.RunAsync(async () => _hall = await Planning.GetReformOutcomesAsync(new GetReformOutcomesRequest { Day = Day }));
        try
        {
            _files = await Review.GetOutcomesAsync(new GetOutcomesRequest { Day = Day });
            _filesRefusal = null;
        }
        catch (RpcException refusal)
        {
            _files = null;
            _filesRefusal = Refusals.Describe(refusal);
        }
    }

    /// <summary>"yes" or "no", as the row's data-met shows it (and the style colours it); "none" when the day gave nothing to judge.</summary>
    private static string Met(bool? met) => met switch { true => "yes", false => "no", null => "none" };

    private static string Figure(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A share of a whole, or a dash when there is nothing to share out.</summary>
    private static string ShareOf(int part, int whole) => whole == 0 ? "—" : WireText.Percent(part / (double)whole);
}
