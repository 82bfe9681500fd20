using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 投诉处理: the centre's complaints, the open ones first, for the director and the heads who answer them. The reply is
/// what the resident is told, and answering closes the complaint once; a complaint about one's own service is shown as
/// someone else's to answer before any click, as intake refuses it.
/// </summary>
public sealed partial class Complaints
{
    private static readonly (ComplaintStatus Status, string Name)[] Filters =
        [(ComplaintStatus.Open, "open"), (ComplaintStatus.Handled, "handled"), (ComplaintStatus.Unspecified, "all")];

    private readonly PagedList<Complaint> _complaints;
    private ComplaintStatus _status;
    private (int Open, int Handled) _counts;
    private string? _me;
    private string? _refusal;

    public Complaints() =>
        _complaints = new(async token =>
        {
            var list = await Satisfaction.ListComplaintsAsync(new ListComplaintsRequest { Status = _status, PageToken = token });
            _counts = (list.Open, list.Handled);
            foreach (var complaint in list.Complaints)
            {
                Replies.TryAdd(complaint.ComplaintId, string.Empty);
            }

            return (list.Complaints, list.NextPageToken);
        });

    /// <summary>The replies being written, by complaint: kept while the list is read again after another is answered.</summary>
    private Dictionary<string, string> Replies { get; } = [];

    [SupplyParameterFromQuery(Name = "status")]
    private string? StatusName { get; set; }

    [Inject]
    private Satisfaction.SatisfactionClient Satisfaction { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _me = (await Authentication.GetAuthenticationStateAsync()).User.Subject();
        _status = Filters.FirstOrDefault(f => string.Equals(f.Name, StatusName, StringComparison.OrdinalIgnoreCase)) is { Name: not null } named
            ? named.Status
            : ComplaintStatus.Open;
        await ListAsync(_complaints.FirstAsync);
    }

    private async Task ListAsync(Func<Task> read)
    {
        try
        {
            await read();
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }

    private async Task HandleAsync(Complaint complaint)
    {
        // A click that reaches the circuit after the complaint was answered does nothing (the list is read again).
        if (complaint.Status != ComplaintStatus.Open || string.IsNullOrWhiteSpace(Replies[complaint.ComplaintId]))
        {
            return;
        }

        var handled = await Action.RunAsync(
            () => Satisfaction.HandleComplaintAsync(new HandleComplaintRequest { ComplaintId = complaint.ComplaintId, Reply = Replies[complaint.ComplaintId].Trim() }).ResponseAsync,
            T["ComplaintsHandled"]);
        if (handled)
        {
            complaint.Status = ComplaintStatus.Handled;
            Replies.Remove(complaint.ComplaintId);
            await ListAsync(_complaints.ReadAsync);
        }
    }

    /// <summary>Every complaint the filter finds, every page of it, one row each, the times to the minute in China time.</summary>
    private async Task<Spreadsheet> ComplaintsSheetAsync()
    {
        var sheet = new Spreadsheet(
            T["ComplaintsSheetTitle", T["ComplaintsFilter_" + NameOf(_status)]],
            T["ExportSubmittedAt"], T["ExportCategory"], T["ExportSource"], T["ExportTicket"], T["ExportComplaintText"], T["ExportClerk"],
            T["ExportStatus"], T["ExportHandledBy"], T["ExportHandledAt"], T["ExportReply"]);
        foreach (var complaint in await _complaints.EveryRowAsync())
        {
            var handled = complaint.Status == ComplaintStatus.Handled;
            sheet.Add(
                SpreadsheetCell.Minute(complaint.SubmittedAt),
                T["ComplaintCategory_" + complaint.Category].Value,
                T["ComplaintSource_" + complaint.Source].Value,
                complaint.TicketNumber,
                complaint.Text,
                string.IsNullOrEmpty(complaint.ClerkStaffId) ? T["ComplaintsAboutNobody"].Value : complaint.ClerkStaffId,
                T["ComplaintsFilter_" + NameOf(complaint.Status)].Value,
                handled ? complaint.HandledBy : string.Empty,
                handled ? SpreadsheetCell.Minute(complaint.HandledAt) : string.Empty,
                handled ? complaint.Reply : string.Empty);
        }

        return sheet;
    }

    private static string NameOf(ComplaintStatus status) => Filters.First(f => f.Status == status).Name;
}
