using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Calendar;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 审批工作台 (政策法规部): the files waiting for approval by deadline, those whose amount waits for the director's
/// confirmation (待主任确认), and those decided, with who accepted and who reviewed each, so an officer sees at once
/// which files are not theirs to approve (separation of duties).
/// </summary>
public sealed partial class Approvals
{
    private static readonly ApprovalStatus[] Statuses = [ApprovalStatus.Pending, ApprovalStatus.AwaitingDirector, ApprovalStatus.Approved, ApprovalStatus.Returned, ApprovalStatus.Rejected];

    private readonly PagedList<(ApprovalCase Case, FileDeadline Deadline)> _cases;
    private ApprovalStatus _status;
    private bool _reading;
    private IReadOnlyList<ServiceGuide> _guides = [];
    private string? _me;
    private string? _refusal;

    /// <summary>The page in the order policy-law gives: pending by deadline, decided by their decision, the latest first.</summary>
    public Approvals() =>
        _cases = new(async token =>
        {
            var reply = await Approval.ListWorklistAsync(new ListWorklistRequest { Status = _status, PageToken = token });
            _guides = await Catalogue.GuidesAsync();
            var now = Clock.GetUtcNow();
            var workingDays = await WorkingDays.CurrentAsync();
            return (reply.Cases.Select(approval => (approval, FileDeadline.Of(approval.ReceivedAt, approval.Deadline, approval.Overdue, now, workingDays))), reply.NextPageToken);
        });

    /// <summary>The status by name (<c>?status=Approved</c>); anything else is the pending files.</summary>
    [SupplyParameterFromQuery(Name = "status")]
    private string? StatusName { get; set; }

    [Inject]
    private PolicyLaw.V1.Approval.ApprovalClient Approval { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

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
        _me = (await Authentication.GetAuthenticationStateAsync()).User.Subject();
        _status = Enum.TryParse<ApprovalStatus>(StatusName, ignoreCase: true, out var named) && Statuses.Contains(named) ? named : ApprovalStatus.Pending;
        await ReadAsync(_cases.FirstAsync);
    }

    private async Task ReadAsync(Func<Task> read)
    {
        _reading = true;
        try
        {
            await read();
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
        finally
        {
            _reading = false;
        }
    }

    private string ItemName(string code) => _guides.FirstOrDefault(g => g.Code == code)?.Name ?? code;
}
