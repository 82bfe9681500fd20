using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Review.V1;
using OneWindow.Web.Calendar;
using OneWindow.Web.Components.Dashboard;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 中心看板: the director's view of the centre — the hall now, the day's (week's, month's) queue, waits, staff,
/// items, bundling and satisfaction as intake counts them, drawn as charts; the files near or past their deadline as
/// review holds them; the complaints still open. Printed, the day's page is the daily handover (日交接). Each part
/// asks its own service, so one service down leaves the rest of the page.
/// </summary>
public sealed partial class Dashboard
{
    private StatisticsPeriod _period;
    private CentreStatistics? _statistics;
    private QueueState? _queue;
    private List<(ReviewFile File, FileDeadline Deadline)>? _files;
    private List<Complaint>? _complaints;
    private string? _statisticsRefusal;
    private string? _queueRefusal;
    private string? _filesRefusal;
    private string? _complaintsRefusal;

    [SupplyParameterFromQuery(Name = "period")]
    private string? PeriodName { get; set; }

    [Inject]
    private Intake.V1.Statistics.StatisticsClient Statistics { get; set; } = null!;

    [Inject]
    private Queue.QueueClient Queue { get; set; } = null!;

    [Inject]
    private FirstReview.FirstReviewClient Review { get; set; } = null!;

    [Inject]
    private Satisfaction.SatisfactionClient Satisfaction { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private ConsoleWorkingDays WorkingDays { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var period = PeriodSwitch.Parse(PeriodName);
        if (period != _period)
        {
            // Another period's figures are never shown under this one's title while this one's are read.
            _statistics = null;
        }

        _period = period;
        await Task.WhenAll(StatisticsAsync(), QueueAsync(), FilesAsync(), ComplaintsAsync());
    }

    private async Task StatisticsAsync()
    {
        try
        {
            _statistics = await Statistics.GetCentreStatisticsAsync(new GetStatisticsRequest { Period = _period });
            _statisticsRefusal = null;
        }
        catch (RpcException refusal)
        {
            _statisticsRefusal = Refusals.Describe(refusal);
        }
    }

    private async Task QueueAsync()
    {
        try
        {
            _queue = await Queue.GetQueueStateAsync(new GetQueueStateRequest());
        }
        catch (RpcException refusal)
        {
            _queueRefusal = Refusals.Describe(refusal);
        }
    }

    /// <summary>Every open file of the centre, kept where the worklists would show it amber or red.</summary>
    private async Task FilesAsync()
    {
        try
        {
            var reply = await Review.ListWorklistAsync(new ListWorklistRequest { View = WorklistView.Team });
            var now = Clock.GetUtcNow();
            var workingDays = await WorkingDays.CurrentAsync();
            _files = [.. reply.Files
                .Select(file => (file, FileDeadline.Of(file.AcceptedAt, file.Deadline, file.Overdue, now, workingDays)))
                .Where(row => row.Item2.State != DeadlineState.OnTime)
                .OrderBy(row => row.file.Deadline, StringComparer.Ordinal)];
        }
        catch (RpcException refusal)
        {
            _filesRefusal = Refusals.Describe(refusal);
        }
    }

    private async Task ComplaintsAsync()
    {
        try
        {
            var reply = await Satisfaction.ListComplaintsAsync(new ListComplaintsRequest { Status = ComplaintStatus.Open });
            _complaints = [.. reply.Complaints.OrderBy(c => c.SubmittedAt, StringComparer.Ordinal)];
        }
        catch (RpcException refusal)
        {
            _complaintsRefusal = Refusals.Describe(refusal);
        }
    }
}
