using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Intake.V1;
using OneWindow.Web.Hall;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 窗口工作台: the clerk's window and queue, and the ticket at the window from call to finish. Every action is one
/// call at a time (a double click does one thing); a refusal shows in words, the page stays as it was.
/// </summary>
public sealed partial class Desk : IDisposable
{
    private static readonly WindowType[] WindowTypes = [WindowType.Comprehensive, WindowType.PolicyConsultation, WindowType.Payment];

    private Timer? _refresh;
    private string _windowNumber = string.Empty;
    private WindowType _windowType = WindowType.Comprehensive;
    private WindowType _transferTo = WindowType.Payment;
    private ServiceWindow? _window;
    private QueueState? _queue;
    private Ticket? _ticket;
    private string? _refusal;
    private bool _busy;

    [Inject]
    private Queue.QueueClient Queue { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private HallFeed Hall { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    private bool Called => _ticket?.Status == TicketStatus.Called;

    private bool Serving => _ticket?.Status == TicketStatus.Serving;

    public void Dispose() => _refresh?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        await RefreshQueueAsync();
        _refresh = new Timer(_ => InvokeAsync(async () =>
        {
            await RefreshQueueAsync();
            StateHasChanged();
        }), null, HallFeed.Refresh, HallFeed.Refresh);
    }

    private static string Minutes(int seconds) => $"{Math.Round(seconds / 60.0):0}";

    private Task OpenWindowAsync() => ActAsync(async () =>
    {
        _window = await Queue.OpenWindowAsync(new OpenWindowRequest { Number = _windowNumber.Trim(), Type = _windowType });
        await RefreshQueueAsync();
    });

    private Task CloseWindowAsync() => ActAsync(async () =>
    {
        _window = await Queue.CloseWindowAsync(new CloseWindowRequest { Number = _window!.Number });
        _ticket = null;
    });

    private Task CallNextAsync() => ActAsync(async () =>
    {
        _ticket = await Queue.CallNextAsync(new CallNextRequest { Number = _window!.Number });
        await RefreshQueueAsync();
    });

    private Task RecallAsync() => ActAsync(async () => _ticket = await Queue.RecallAsync(new TicketRequest { TicketId = _ticket!.TicketId }));

    private Task NoShowAsync() => ActAsync(async () => _ticket = await Queue.MarkNoShowAsync(new TicketRequest { TicketId = _ticket!.TicketId }));

    private Task StartAsync() => ActAsync(async () => _ticket = await Queue.StartServiceAsync(new StartServiceRequest { TicketId = _ticket!.TicketId }));

    private Task FinishAsync() => ActAsync(async () =>
    {
        _ticket = await Queue.FinishServiceAsync(new TicketRequest { TicketId = _ticket!.TicketId });
        await RefreshQueueAsync();
    });

    private Task TransferAsync() => ActAsync(async () =>
    {
        _ticket = await Queue.TransferAsync(new TransferRequest { TicketId = _ticket!.TicketId, WindowType = _transferTo });
        await RefreshQueueAsync();
    });

    private async Task OnShortcutAsync(KeyboardEventArgs key)
    {
        if (!key.AltKey || _busy)
        {
            return;
        }

        var action = key.Code switch
        {
            "KeyN" when _window is { Open: true } => CallNextAsync(),
            "KeyR" when Called => RecallAsync(),
            "KeyX" when Called => NoShowAsync(),
            "KeyS" when Called => StartAsync(),
            "KeyF" when Serving => FinishAsync(),
            _ => null,
        };
        if (action is not null)
        {
            await action;
        }
    }

    private async Task ActAsync(Func<Task> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _refusal = null;
        try
        {
            await action();
            // The hall display and the pads of this centre read the hall again now, not at their next round.
            await Hall.AnnounceAsync((await Authentication.GetAuthenticationStateAsync()).User.Centre()!);
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

    private async Task RefreshQueueAsync()
    {
        try
        {
            _queue = await Queue.GetQueueStateAsync(new GetQueueStateRequest());
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }
}
