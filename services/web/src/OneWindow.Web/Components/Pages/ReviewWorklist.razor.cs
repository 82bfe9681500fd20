using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Review.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Calendar;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 初审工作台: the reviewer's files by deadline, with the working days left, amber once 80 % of the time limit is used
/// and red when overdue; the re-check list for a business supervisor; the whole team, the unassigned, the escalated
/// and the overdue files for the head. Review decides what each may list; the page offers only the views of the
/// signed-in roles.
/// </summary>
public sealed partial class ReviewWorklist
{
    private List<WorklistView> _views = [];
    private List<(ReviewFile File, FileDeadline Deadline)>? _files;
    private string? _refusal;

    private WorklistView _view;

    /// <summary>The view by name (<c>?view=Escalated</c>); anything else is the first view of the signed-in roles.</summary>
    [SupplyParameterFromQuery(Name = "view")]
    private string? ViewName { get; set; }

    [Inject]
    private FirstReview.FirstReviewClient Review { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private ConsoleWorkingDays WorkingDays { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _views = ViewsOf(user.IsInRole(PlatformRoles.Reviewer), user.IsInRole(PlatformRoles.Supervisor), user.IsInRole(PlatformRoles.Head));
        _view = Enum.TryParse<WorklistView>(ViewName, ignoreCase: true, out var named) && _views.Contains(named) ? named : _views[0];

        try
        {
            var reply = await Review.ListWorklistAsync(new ListWorklistRequest { View = _view });
            var now = Clock.GetUtcNow();
            var workingDays = await WorkingDays.CurrentAsync();
            _files = [.. reply.Files
                .Select(file => (file, FileDeadline.Of(file.AcceptedAt, file.Deadline, file.Overdue, now, workingDays)))
                .OrderBy(row => row.file.Deadline, StringComparer.Ordinal)];
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }

    private static List<WorklistView> ViewsOf(bool reviewer, bool supervisor, bool head)
    {
        var views = new List<WorklistView>();
        if (reviewer)
        {
            views.Add(WorklistView.Mine);
        }

        if (supervisor)
        {
            views.Add(WorklistView.Recheck);
        }

        if (head)
        {
            views.AddRange([WorklistView.Team, WorklistView.Unassigned, WorklistView.Escalated, WorklistView.Overdue]);
        }

        return views;
    }
}
