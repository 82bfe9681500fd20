using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Notification.V1;
using OneWindow.Review.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Calendar;
using OneWindow.Web.Components.Review;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// One file in first review (业务初审): its materials, deadline in working days, returns so far and joint requests; the
/// holder passes it, returns it by ticking what is missing or wrong (reading the resident's text as it will be sent,
/// and which return of the two it is), or rejects it with a reason; the head decides an escalated file and reassigns
/// a file with a reason. Review decides who may do what; the page offers only what the signed-in person may do. A file
/// of an item that needs no approval is finished (办结) by the pass, and the page says so before and after.
/// </summary>
public sealed partial class ReviewFileDetail
{
    /// <summary>A file is finished in at most two returns; a third goes to the head.</summary>
    private const int MaxReturns = 2;

    private readonly Dictionary<string, ReturnIssueDraft> _issues = new(StringComparer.Ordinal);
    private ReviewFile? _file;
    private FileDeadline? _deadline;
    private List<RosterEntry>? _roster;
    private string? _me;
    private bool _head;
    private string? _note;
    private string? _rejectReason;
    private string? _escalateReason;
    private string? _reassignTo;
    private string? _reassignReason;
    private string? _preview;
    private string? _returnWording;
    private readonly Dictionary<string, string?> _jointReplies = new(StringComparer.Ordinal);
    private DateOnly? _jointDue;

    [Parameter]
    public string FileId { get; set; } = string.Empty;

    [Inject]
    private FirstReview.FirstReviewClient Review { get; set; } = null!;

    [Inject]
    private Roster.RosterClient Roster { get; set; } = null!;

    [Inject]
    private JointItems.JointItemsClient Joint { get; set; } = null!;

    [Inject]
    private Templates.TemplatesClient Templates { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private ConsoleWorkingDays WorkingDays { get; set; } = null!;

    private bool Decidable => _file is not null
        && ((_file.Status == FileStatus.InReview && _file.ReviewerStaffId == _me)
            || (_file.Status == FileStatus.Escalated && _head));

    /// <summary>A joint item (联办) held by the reviewer whose outside departments have not been asked yet.</summary>
    private bool JointSendable => _file is { Kind: "joint", Status: FileStatus.InReview, JointRequests.Count: 0 } && _file.ReviewerStaffId == _me;

    /// <summary>The holder records the replies the departments sent (by letter, phone or their own system).</summary>
    private bool JointAnswerable => _file is { Status: FileStatus.InReview } && _file.ReviewerStaffId == _me;

    private bool Reassignable => _head && _file?.Status is FileStatus.InReview or FileStatus.Escalated;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _me = user.Subject();
        _head = user.IsInRole(PlatformRoles.Head);
        await Action.RunAsync(async () =>
        {
            await ShowAsync(await Review.GetFileAsync(new GetFileRequest { FileId = FileId }));
            if (Decidable)
            {
                await ReadReturnWordingAsync();
            }

            if (_head)
            {
                _roster = [.. (await Roster.ListRosterAsync(new ListRosterRequest())).Reviewers];
            }
        });
    }

    private async Task ShowAsync(ReviewFile file)
    {
        _file = file;
        _deadline = FileDeadline.Of(file.AcceptedAt, file.Deadline, file.Overdue, Clock.GetUtcNow(), await WorkingDays.CurrentAsync());
        _issues.Clear();
        _preview = null;
    }

    private string MaterialName(string code) => _file?.Materials.FirstOrDefault(m => m.Code == code)?.Name ?? code;

    private async Task ToggleIssue(string code, bool marked)
    {
        if (marked)
        {
            _issues.TryAdd(code, new ReturnIssueDraft());
        }
        else
        {
            _issues.Remove(code);
        }

        await PreviewAsync();
    }

    /// <summary>The resident's text for this return, in the wording in force for the centre (its own, or the district's).</summary>
    private async Task PreviewAsync()
    {
        if (_issues.Count == 0 || _file is null)
        {
            _preview = null;
            return;
        }

        try
        {
            await ReadReturnWordingAsync();
            if (_returnWording is null)
            {
                _preview = null;
                return;
            }

            var request = new PreviewTemplateRequest { Kind = "file-returned", Channel = Channel.Sms, Body = _returnWording };
            request.Values.Add("item_name", _file.ItemName ?? _file.ItemCode);
            request.Values.Add("materials", string.Join("|", _issues.Keys.Select(MaterialName)));
            request.Values.Add("return_round", (_file.Returns + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Values.Add("reason", ReturnReason());
            // What the resident's phone shows: the provider's approved template when notification has one, else the wording.
            var preview = await Templates.PreviewTemplateAsync(request);
            _preview = preview.SentText is { Length: > 0 } sent ? sent : preview.Text;
        }
        catch (RpcException)
        {
            // The preview is a courtesy: the return itself does not depend on it, and the page says it is unavailable.
            _preview = null;
        }
    }

    /// <summary>The reason the resident reads, in the words review puts in the return it publishes (its DecideFile).</summary>
    private string ReturnReason() => string.Join("；", _issues.Select(issue =>
    {
        var name = MaterialName(issue.Key);
        return issue.Value.Kind == IssueKind.Missing ? $"缺少{name}"
            : string.IsNullOrWhiteSpace(issue.Value.Note) ? $"{name}有误" : $"{name}有误：{issue.Value.Note.Trim()}";
    }));

    /// <summary>
    /// The return notice's wording in force for the centre (its own, or the district's), read once when the file opens,
    /// in Chinese: the resident's language is theirs to choose in notification, and most keep the default.
    /// </summary>
    private async Task ReadReturnWordingAsync()
    {
        if (_returnWording is not null)
        {
            return;
        }

        try
        {
            var inForce = (await Templates.ListTemplatesAsync(new ListTemplatesRequest { Kind = "file-returned", Channel = Channel.Sms })).Templates
                .FirstOrDefault(t => t.District?.Locale == "zh-CN");
            _returnWording = inForce?.Centre?.Body ?? inForce?.District?.Body;
        }
        catch (RpcException)
        {
            // The preview is a courtesy: the return does not depend on it, and the page says it is unavailable.
            _returnWording = null;
        }
    }

    private Task PassAsync() => DecideAsync(
        () => Review.PassAsync(new PassRequest { FileId = FileId, Note = string.IsNullOrWhiteSpace(_note) ? null : _note.Trim() }).ResponseAsync,
        _file?.NeedsApproval == false ? T["ReviewPassedCompleted"] : T["ReviewPassed"]);

    private Task ReturnAsync()
    {
        if (_issues.Count == 0)
        {
            return Task.CompletedTask;
        }

        var request = new ReturnRequest { FileId = FileId };
        request.Issues.AddRange(_issues.Select(issue => new ReturnIssue
        {
            MaterialCode = issue.Key,
            Kind = issue.Value.Kind,
            Note = string.IsNullOrWhiteSpace(issue.Value.Note) ? null : issue.Value.Note.Trim(),
        }));
        return DecideAsync(() => Review.ReturnAsync(request).ResponseAsync, T["ReviewReturned"]);
    }

    private Task RejectAsync() => string.IsNullOrWhiteSpace(_rejectReason) ? Task.CompletedTask : DecideAsync(
        () => Review.RejectAsync(new RejectRequest { FileId = FileId, Reason = _rejectReason!.Trim() }).ResponseAsync,
        T["ReviewRejected"]);

    private Task EscalateAsync() => string.IsNullOrWhiteSpace(_escalateReason) ? Task.CompletedTask : DecideAsync(
        () => Review.EscalateAsync(new EscalateRequest { FileId = FileId, Reason = _escalateReason!.Trim() }).ResponseAsync,
        T["ReviewEscalated"]);

    private Task ReassignAsync() => string.IsNullOrEmpty(_reassignTo) || string.IsNullOrWhiteSpace(_reassignReason) ? Task.CompletedTask : DecideAsync(
        () => Review.ReassignAsync(new ReassignRequest { FileId = FileId, ReviewerStaffId = _reassignTo!, Reason = _reassignReason!.Trim() }).ResponseAsync,
        T["ReviewReassigned", _reassignTo!]);

    private async Task SendJointRequestsAsync()
    {
        // A second click after the requests went out finds them sent and does nothing.
        if (!JointSendable)
        {
            return;
        }

        var request = new SendJointRequestsRequest
        {
            FileId = FileId,
            ReplyDue = _jointDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (await Action.RunAsync(async () => await ShowAsync(await Joint.SendJointRequestsAsync(request)), T["ReviewJointSentDone"]))
        {
            _jointDue = null;
        }
    }

    private async Task RecordJointReplyAsync(string requestId, string department)
    {
        var reply = _jointReplies.GetValueOrDefault(requestId);
        if (!JointAnswerable || string.IsNullOrWhiteSpace(reply) || _file!.JointRequests.Any(j => j.RequestId == requestId && j.Reply is not null))
        {
            return;
        }

        var request = new RecordJointReplyRequest { FileId = FileId, RequestId = requestId, Reply = reply.Trim() };
        if (await Action.RunAsync(async () => await ShowAsync(await Joint.RecordJointReplyAsync(request)), T["ReviewJointReplyRecorded", department]))
        {
            _jointReplies.Remove(requestId);
        }
    }

    private async Task DecideAsync(Func<Task<ReviewFile>> decision, string done)
    {
        // A second click that reaches the circuit after the first decision came back (the browser still showed the
        // button) finds the file decided and does nothing, rather than asking review again to be refused.
        if (!Decidable && !Reassignable)
        {
            return;
        }

        if (await Action.RunAsync(async () => await ShowAsync(await decision()), done))
        {
            _note = _rejectReason = _escalateReason = _reassignTo = _reassignReason = null;
        }
    }
}
