using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Calendar;
using OneWindow.Web.Components.Approvals;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Disbursement;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// One file waiting for approval (政策法规部审批): who accepted and who reviewed it, its deadline, the supervisor's
/// re-check of a time-limited file; an officer approves (the monthly amount from the item's rule, another only with a
/// reason the batch's approver sees), returns or rejects with a reason; a file the officer accepted or reviewed says so
/// instead of offering the decision. An amount above the item's limit waits for the director (待主任确认), who confirms it
/// or sends it back with a reason, never their own approval.
/// </summary>
public sealed partial class ApprovalDetail
{
    private ApprovalCase? _case;
    private FileDeadline? _deadline;
    private string? _itemName;
    private string? _notMine;
    private string? _me;
    private bool _officer;
    private bool _supervisor;
    private bool _director;
    private string? _reason;
    private string? _amount;
    private string? _amountReason;

    [Parameter]
    public string FileId { get; set; } = string.Empty;

    [Inject]
    private PolicyLaw.V1.Approval.ApprovalClient Approval { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private ConsoleWorkingDays WorkingDays { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _me = user.Subject();
        _officer = user.IsInRole(PlatformRoles.PolicyOfficer);
        _supervisor = user.IsInRole(PlatformRoles.Supervisor);
        _director = user.IsInRole(PlatformRoles.Director);
        await Action.RunAsync(async () =>
        {
            await ShowAsync(await Approval.GetApprovalAsync(new GetApprovalRequest { FileId = FileId }));
            _itemName = (await Catalogue.GuidesAsync()).FirstOrDefault(g => g.Code == _case!.ItemCode)?.Name ?? _case!.ItemCode;
        });
    }

    private async Task ShowAsync(ApprovalCase approval)
    {
        _case = approval;
        _deadline = FileDeadline.Of(approval.ReceivedAt, approval.Deadline, approval.Overdue, Clock.GetUtcNow(), await WorkingDays.CurrentAsync());
        _notMine = _officer && approval.Status == ApprovalStatus.Pending ? Separation.Of(approval, _me) : null;
        _amount ??= approval.RuleAmount;
    }

    /// <summary>The amount approved above the limit as the director reads it: the limit, and the rule's amount with the approver's reason.</summary>
    private string ApprovedAmountText(ApprovalCase approval, string amount) =>
        Yuan.Of(amount)
        + (approval.DirectorConfirmAbove is { } limit ? T["ApprovalAboveLimit", Yuan.Of(limit)].Value : string.Empty)
        + (approval.AmountReason is { } why ? T["ApprovalAmountOverride", approval.RuleAmount is { } byRule ? Yuan.Of(byRule) : T["ApprovalNoRule"].Value, why].Value : string.Empty);

    /// <summary>An amount typed other than the rule's: policy-law takes it only with a reason, which the batch's approver reads.</summary>
    private bool Overridden =>
        _case is { MonthlyBenefit: true, RuleAmount: { } byRule } && !string.IsNullOrWhiteSpace(_amount)
        && !(decimal.TryParse(_amount.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var typed)
             && typed == decimal.Parse(byRule, CultureInfo.InvariantCulture));

    private Task ApproveAsync() => DecideAsync(
        () => Approval.ApproveAsync(new ApproveRequest
        {
            FileId = FileId,
            Reason = string.IsNullOrWhiteSpace(_reason) ? null : _reason.Trim(),
            MonthlyAmount = _case?.MonthlyBenefit == true && !string.IsNullOrWhiteSpace(_amount) ? _amount.Trim() : null,
            AmountReason = Overridden && !string.IsNullOrWhiteSpace(_amountReason) ? _amountReason.Trim() : null,
        }).ResponseAsync,
        () => _case?.Status == ApprovalStatus.AwaitingDirector ? T["ApprovalAwaitsDirector"] : T["ApprovalApproved"]);

    private Task ReturnAsync() => string.IsNullOrWhiteSpace(_reason) ? Task.CompletedTask : DecideAsync(
        () => Approval.ReturnAsync(new DecisionRequest { FileId = FileId, Reason = _reason!.Trim() }).ResponseAsync,
        T["ApprovalReturned"]);

    private Task RejectAsync() => string.IsNullOrWhiteSpace(_reason) ? Task.CompletedTask : DecideAsync(
        () => Approval.RejectAsync(new DecisionRequest { FileId = FileId, Reason = _reason!.Trim() }).ResponseAsync,
        T["ApprovalRejected"]);

    private Task RecheckAsync() => DecideAsync(
        () => Approval.RecheckAsync(new RecheckRequest { FileId = FileId }).ResponseAsync,
        T["ApprovalRechecked"]);

    private Task ConfirmAsync() => DecideAsync(
        () => Approval.ConfirmAsync(new ConfirmRequest { FileId = FileId }).ResponseAsync,
        T["ApprovalConfirmed"],
        ApprovalStatus.AwaitingDirector);

    private Task SendBackAsync() => string.IsNullOrWhiteSpace(_reason) ? Task.CompletedTask : DecideAsync(
        () => Approval.SendBackAsync(new DecisionRequest { FileId = FileId, Reason = _reason!.Trim() }).ResponseAsync,
        T["ApprovalSentBack"],
        ApprovalStatus.AwaitingDirector);

    private Task DecideAsync(Func<Task<ApprovalCase>> decision, string done, ApprovalStatus from = ApprovalStatus.Pending) =>
        DecideAsync(decision, () => done, from);

    private async Task DecideAsync(Func<Task<ApprovalCase>> decision, Func<string> done, ApprovalStatus from = ApprovalStatus.Pending)
    {
        // A second click that reaches the circuit after the decision came back finds the file decided and does nothing.
        if (_case?.Status != from)
        {
            return;
        }

        if (await Action.RunAsync(async () => await ShowAsync(await decision()), done))
        {
            _reason = null;
        }
    }
}
