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
    private Intake.V1.Hall? _hall;
    private string? _refusal;
    private IAsyncDisposable? _following;

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
        if (_following is not null)
        {
            await _following.DisposeAsync();
        }
    }

    protected override async Task OnInitializedAsync()
    {
        await ReadAsync();
        if ((await Authentication.GetAuthenticationStateAsync()).User.Centre() is { } centre)
        {
            _following = await Feed.FollowAsync(centre, () => InvokeAsync(RedrawAsync));
        }
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
