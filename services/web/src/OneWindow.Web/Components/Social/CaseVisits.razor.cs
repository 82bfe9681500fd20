using System.Globalization;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Social;

/// <summary>
/// A case's home visits (入户调查): scheduled, done or missed; a visit is recorded at the household on a tablet —
/// one that was scheduled by its worker (or the head), or one that simply took place —, with what was found and the
/// day of the next visit, which social-work schedules. The visits come a page at a time, the latest day first (those
/// still to make at the top).
/// </summary>
public sealed partial class CaseVisits
{
    private readonly PagedList<HomeVisit> _visits;
    private VisitDraft? _form;
    private VisitPurpose _schedulePurpose = VisitPurpose.FollowUp;
    private DateOnly? _scheduleOn;

    public CaseVisits() =>
        _visits = new(async token =>
        {
            var reply = await Visits.ListVisitsAsync(new ListVisitsRequest { CaseId = Case.CaseId, PageSize = 20, PageToken = token });
            return (reply.Visits, reply.NextPageToken);
        });

    [Parameter, EditorRequired]
    public Case Case { get; set; } = null!;

    [Parameter, EditorRequired]
    public CaseRights Rights { get; set; } = null!;

    [Inject]
    private HomeVisits.HomeVisitsClient Visits { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override Task OnParametersSetAsync() => _visits.Rows is null ? Action.RunAsync(_visits.FirstAsync) : Task.CompletedTask;

    private void OpenForm(HomeVisit? scheduled)
    {
        var now = ChinaTime.ToChina(Clock.GetUtcNow());
        _form = new VisitDraft
        {
            VisitId = scheduled?.VisitId,
            Purpose = scheduled?.Purpose ?? VisitPurpose.Assessment,
            VisitedAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified),
        };
        Action.Clear();
    }

    private async Task RecordAsync()
    {
        var form = _form;
        if (form is null || string.IsNullOrWhiteSpace(form.Findings))
        {
            return;
        }

        var visitedAt = new DateTimeOffset(form.VisitedAt, ChinaTime.Zone.GetUtcOffset(form.VisitedAt)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var nextOn = form.NextVisitOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        Func<Task> record = form.VisitId is { } visitId
            ? () => Visits.CompleteVisitAsync(new CompleteVisitRequest { VisitId = visitId, VisitedAt = visitedAt, Findings = form.Findings!.Trim(), NextVisitOn = nextOn }).ResponseAsync
            : () => Visits.RecordVisitAsync(new RecordVisitRequest
            {
                HouseholdId = Case.HouseholdId, CaseId = Case.CaseId, Purpose = form.Purpose, VisitedAt = visitedAt, Findings = form.Findings!.Trim(), NextVisitOn = nextOn,
            }).ResponseAsync;
        // The form closes before the call so that a second click has nothing to send; a refusal brings it back.
        _form = null;
        if (!await Action.RunAsync(async () => { await record(); await _visits.FirstAsync(); }, T["SocialVisitRecorded"]))
        {
            _form = form;
        }
    }

    private async Task ScheduleAsync()
    {
        if (_scheduleOn is not { } day)
        {
            return;
        }

        var request = new ScheduleVisitRequest
        {
            HouseholdId = Case.HouseholdId, CaseId = Case.CaseId, Purpose = _schedulePurpose, ScheduledOn = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        _scheduleOn = null;
        if (!await Action.RunAsync(async () => { await Visits.ScheduleVisitAsync(request); await _visits.FirstAsync(); }, T["SocialVisitScheduled", WireText.Day(request.ScheduledOn)]))
        {
            _scheduleOn = day;
        }
    }
}
