using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Intake.V1;
using OneWindow.Web.Hall;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 评价器: the pad bound to one window (its device identity names it) shows the clerk there and asks the resident just
/// served to rate it: 非常满意 … 非常不满意, and a few words when the score is low (2 or less). One rating per ticket: the
/// service refuses a second, and the pad asks only about a finished ticket that has none.
/// </summary>
public sealed partial class Pad : IAsyncDisposable
{
    private const int LowestContent = 3;
    private static readonly TimeSpan ThanksFor = TimeSpan.FromSeconds(8);

    private HallWindow? _window;
    private int? _lowScore;
    private string _comment = string.Empty;
    private bool _busy;
    private bool _thanked;
    private string? _refusal;
    private IAsyncDisposable? _following;
    private string _windowNumber = string.Empty;

    [Inject]
    private Queue.QueueClient Queue { get; set; } = null!;

    [Inject]
    private HallFeed Feed { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    /// <summary>The window's last finished ticket while it has no rating.</summary>
    private Ticket? ToRate => _window?.LastServed is { Rating: null } served ? served : null;

    public async ValueTask DisposeAsync()
    {
        if (_following is not null)
        {
            await _following.DisposeAsync();
        }
    }

    protected override async Task OnInitializedAsync()
    {
        var device = (await Authentication.GetAuthenticationStateAsync()).User;
        _windowNumber = device.Window() ?? string.Empty;
        await ReadAsync();
        _following = await Feed.FollowAsync(device.Centre()!, () => InvokeAsync(RedrawAsync));
    }

    private async Task RedrawAsync()
    {
        await ReadAsync();
        StateHasChanged();
    }

    private Task ChooseAsync(int score)
    {
        if (score < LowestContent)
        {
            _lowScore = score;
            return Task.CompletedTask;
        }

        return RateAsync(score, string.Empty);
    }

    private Task SendLowAsync() => RateAsync(_lowScore!.Value, _comment.Trim());

    private async Task RateAsync(int score, string comment)
    {
        if (_busy || ToRate is not { } ticket)
        {
            return;
        }

        _busy = true;
        _refusal = null;
        try
        {
            await Queue.RateTicketAsync(new RateTicketRequest { TicketId = ticket.TicketId, Score = score, Comment = comment });
            _thanked = true;
            _lowScore = null;
            _comment = string.Empty;
            _ = Task.Delay(ThanksFor).ContinueWith(_ => InvokeAsync(async () =>
            {
                _thanked = false;
                await RedrawAsync();
            }), TaskScheduler.Default);
            await ReadAsync();
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

    private async Task ReadAsync()
    {
        try
        {
            var hall = await Queue.GetHallAsync(new GetHallRequest());
            _window = hall.Windows.FirstOrDefault(window => window.Number == _windowNumber);
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }
}
