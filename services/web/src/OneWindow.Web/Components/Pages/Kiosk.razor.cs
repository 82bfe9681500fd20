using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 取号机: a resident chooses the kind of window, says whether they are elderly or disabled (called first), and gets a
/// ticket with the people ahead and the estimated wait (the day's average wait of that kind). The screen goes back to
/// the choice by itself, so the next resident never sees the last one's ticket.
/// </summary>
public sealed partial class Kiosk : IDisposable
{
    private static readonly TimeSpan ShowTicketFor = TimeSpan.FromSeconds(20);
    private static readonly WindowType[] Types = [WindowType.Comprehensive, WindowType.PolicyConsultation, WindowType.Payment];

    private Ticket? _ticket;
    private int _estimatedMinutes;
    private bool _priority;
    private bool _writing;
    private bool _busy;
    private string? _refusal;
    private Timer? _back;

    [Inject]
    private Queue.QueueClient Queue { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    public void Dispose() => _back?.Dispose();

    private async Task TakeAsync(WindowType type)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _refusal = null;
        try
        {
            _ticket = await Queue.IssueTicketAsync(new IssueTicketRequest { WindowType = type, Priority = _priority });
            var state = await Queue.GetQueueStateAsync(new GetQueueStateRequest());
            var average = state.Queues.FirstOrDefault(queue => queue.WindowType == type)?.AverageWaitSeconds ?? 0;
            _estimatedMinutes = _ticket.Ahead == 0 ? 0 : (int)Math.Ceiling(average / 60.0);
            _back?.Dispose();
            _back = new Timer(_ => InvokeAsync(() =>
            {
                Done();
                StateHasChanged();
            }), null, ShowTicketFor, Timeout.InfiniteTimeSpan);
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
        finally
        {
            _busy = false;
        }
    }

    private void Done()
    {
        _ticket = null;
        _priority = false;
    }
}
