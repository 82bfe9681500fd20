using Microsoft.AspNetCore.Components;
using OneWindow.Notification.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 我的送达任务, for a grid manager on a phone: the results to take to residents' homes (最多跑一次), each with its
/// address and due day; at the door, confirm with who received it and the receipt's reference, or record why nobody
/// took it. Notification keeps the list to the grid manager's own tasks and gives them a page at a time, the soonest
/// due first (docs/adr/0021).
/// </summary>
public sealed partial class Deliveries
{
    private static readonly AttemptFailure[] Failures = [AttemptFailure.NobodyHome, AttemptFailure.WrongAddress, AttemptFailure.Refused, AttemptFailure.Other];

    private const int PageSize = 20;
    private readonly PagedList<DeliveryTask> _tasks;
    private string? _open;
    private string? _receivedBy;
    private string? _signature;
    private AttemptFailure _failure = AttemptFailure.NobodyHome;
    private string? _note;

    public Deliveries() =>
        _tasks = new(async token =>
        {
            var reply = await Tasks.ListDeliveryTasksAsync(new ListDeliveryTasksRequest { OpenOnly = true, PageSize = PageSize, PageToken = token });
            return (reply.Tasks, reply.NextPageToken);
        });

    [Inject]
    private DeliveryTasks.DeliveryTasksClient Tasks { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    protected override Task OnInitializedAsync() => Action.RunAsync(_tasks.FirstAsync);

    private Task NextPageAsync()
    {
        _open = null;
        return Action.RunAsync(_tasks.NextAsync);
    }

    private Task PreviousPageAsync()
    {
        _open = null;
        return Action.RunAsync(_tasks.PreviousAsync);
    }

    private void Open(DeliveryTask task)
    {
        _open = task.TaskId;
        _receivedBy = _signature = _note = null;
        _failure = AttemptFailure.NobodyHome;
        Action.Clear();
    }

    private async Task ConfirmAsync(DeliveryTask task)
    {
        // A second click after the first was recorded finds the task closed on the page and does nothing.
        if (_open != task.TaskId)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(_receivedBy) || string.IsNullOrWhiteSpace(_signature))
        {
            return;
        }

        var request = new ConfirmDeliveryRequest { TaskId = task.TaskId, ReceivedBy = _receivedBy!.Trim(), SignatureReference = _signature!.Trim() };
        if (await Action.RunAsync(async () => { await Tasks.ConfirmDeliveryAsync(request); await _tasks.ReadAsync(); }, T["DeliveryConfirmed", task.What]))
        {
            _open = null;
        }
    }

    private async Task FailAsync(DeliveryTask task)
    {
        // A second click after the first was recorded finds the task closed on the page and does nothing.
        if (_open != task.TaskId)
        {
            return;
        }

        var request = new RecordFailedAttemptRequest { TaskId = task.TaskId, Reason = _failure, Note = _note?.Trim() ?? string.Empty };
        if (await Action.RunAsync(async () => { await Tasks.RecordFailedAttemptAsync(request); await _tasks.ReadAsync(); }, T["DeliveryFailureRecorded", task.What]))
        {
            _open = null;
        }
    }
}
