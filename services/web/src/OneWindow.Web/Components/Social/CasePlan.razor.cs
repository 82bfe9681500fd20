using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Social;

/// <summary>
/// The case's assistance plan (帮困方案): drafted with goals and a review day; actions with an owner and a due day;
/// the policies the household qualifies for and does not hold, as policy-law answers social-work (linked only when
/// eligible); the resources of the centre's directory with a free place for its assessed needs, referred (转介) or
/// paired (结对) in one click. Changes are offered to the case's workers and the head only.
/// </summary>
public sealed partial class CasePlan
{
    private Case? _for;
    private bool _read;
    private Plan? _plan;
    private List<ResourceMatch>? _matches;
    private bool _needsMissing;
    private string? _goals;
    private DateOnly? _reviewOn;
    private string? _actionText;
    private DateOnly? _actionDue;
    private string? _settling;
    private string? _outcome;
    private string? _linkNote;

    [Parameter, EditorRequired]
    public Case Case { get; set; } = null!;

    [Parameter, EditorRequired]
    public CaseRights Rights { get; set; } = null!;

    [Inject]
    private Plans.PlansClient Plans { get; set; } = null!;

    [Inject]
    private SocialWork.V1.Resources.ResourcesClient Resources { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private bool Workable => Rights.MayWork && Case.Status != CaseStatus.Closed;

    protected override async Task OnParametersSetAsync()
    {
        // The page hands a new case after every change to it; the needs it assessed change what the directory offers.
        if (ReferenceEquals(_for, Case))
        {
            return;
        }

        _for = Case;
        _reviewOn ??= ChinaTime.Today(Clock).AddMonths(3);
        _actionDue ??= ChinaTime.Today(Clock).AddDays(14);
        await Action.RunAsync(ReadAsync);
    }

    private async Task ReadAsync()
    {
        try
        {
            _plan = await Plans.GetPlanAsync(new GetPlanRequest { CaseId = Case.CaseId });
        }
        catch (RpcException none) when (none.StatusCode == StatusCode.NotFound)
        {
            _plan = null;
        }

        _read = true;
        _needsMissing = Case.Situation is not { Needs.Count: > 0 };
        _matches = _plan is not null && Workable && !_needsMissing
            ? [.. (await Resources.MatchResourcesAsync(new MatchResourcesRequest { CaseId = Case.CaseId })).Matches]
            : null;
    }

    private async Task DraftAsync()
    {
        var goals = (_goals ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (goals.Length == 0 || _reviewOn is not { } reviewOn || _plan is not null)
        {
            return;
        }

        var request = new DraftPlanRequest { CaseId = Case.CaseId, ReviewOn = reviewOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        request.Goals.AddRange(goals);
        await ChangeAsync(() => Plans.DraftPlanAsync(request).ResponseAsync, T["SocialPlanDrafted"]);
    }

    private async Task AddActionAsync()
    {
        if (string.IsNullOrWhiteSpace(_actionText) || _actionDue is not { } due || Rights.Me is not { } me)
        {
            return;
        }

        var request = new AddActionRequest { CaseId = Case.CaseId, Description = _actionText!.Trim(), Owner = me, DueOn = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        // Cleared before the call: a double click has nothing left to add.
        _actionText = null;
        if (!await ChangeAsync(() => Plans.AddActionAsync(request).ResponseAsync, T["SocialActionAdded"]))
        {
            _actionText = request.Description;
        }
    }

    private async Task SettleAsync(PlanAction action, ActionStatus status)
    {
        if (_settling != action.ActionId)
        {
            return;
        }

        var request = new SettleActionRequest { CaseId = Case.CaseId, ActionId = action.ActionId, Status = status, Note = _outcome?.Trim() ?? string.Empty };
        if (await ChangeAsync(() => Plans.SettleActionAsync(request).ResponseAsync, T["SocialActionSettled"]))
        {
            _settling = null;
        }
    }

    private Task LinkPolicyAsync(SuggestedPolicy policy) =>
        _plan?.SuggestedPolicies.Contains(policy) != true
            ? Task.CompletedTask
            : ChangeAsync(() => Plans.LinkPolicyAsync(new LinkPolicyRequest { CaseId = Case.CaseId, ItemCode = policy.ItemCode }).ResponseAsync, T["SocialPolicyLinked", policy.Name]);

    private async Task LinkResourceAsync(ResourceMatch match, LinkKind kind)
    {
        // A second click after the link finds the resource on the plan and does nothing (social-work would refuse it).
        if (_plan is null || _plan.Resources.Any(r => r.ResourceId == match.ResourceId))
        {
            return;
        }

        var request = new LinkResourceRequest { CaseId = Case.CaseId, ResourceId = match.ResourceId, Kind = kind, Note = _linkNote?.Trim() ?? string.Empty };
        if (await ChangeAsync(() => Plans.LinkResourceAsync(request).ResponseAsync, T[kind == LinkKind.Pairing ? "SocialPaired" : "SocialReferred", match.Name]))
        {
            _linkNote = null;
        }
    }

    /// <summary>Every change answers with the plan; suggestions and free places are read again after it.</summary>
    private Task<bool> ChangeAsync(Func<Task<Plan>> change, string done) => Action.RunAsync(async () =>
    {
        await change();
        await ReadAsync();
    }, done);
}
