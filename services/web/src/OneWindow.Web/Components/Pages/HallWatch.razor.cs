using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Intake.V1;
using OneWindow.Web.Hall;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>The hall at a glance for the director and the heads: every window, who is at it, its ticket, the queues; live.</summary>
public sealed partial class HallWatch : IAsyncDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);

    private Intake.V1.Hall? _hall;
    private string? _refusal;
    private Timer? _refresh;
    private IAsyncDisposable? _watch;

    [Inject]
    private Queue.QueueClient Queue { get; set; } = null!;

    [Inject]
    private HallFeed Feed { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    public async ValueTask DisposeAsync()
    {
        _refresh?.Dispose();
        if (_watch is not null)
        {
            await _watch.DisposeAsync();
        }
    }

    protected override async Task OnInitializedAsync()
    {
        await ReadAsync();
        if ((await Authentication.GetAuthenticationStateAsync()).User.Centre() is { } centre)
        {
            _watch = await Feed.WatchAsync(centre, () => InvokeAsync(RedrawAsync));
        }

        _refresh = new Timer(_ => InvokeAsync(RedrawAsync), null, Refresh, Refresh);
    }

    private async Task RedrawAsync()
    {
        await ReadAsync();
        StateHasChanged();
    }

    private async Task ReadAsync()
    {
        try
        {
            _hall = await Queue.GetHallAsync(new GetHallRequest());
            _refusal = null;
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }
}
