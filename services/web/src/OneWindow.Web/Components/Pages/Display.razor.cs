using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using OneWindow.Intake.V1;
using OneWindow.Web.Hall;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 叫号屏: the latest call in large type ("请 A012 号到 03 号窗口办理"), the calls before it and the waiting per kind of
/// window, read again the moment a clerk calls (<see cref="HallFeed"/>) and every 5 s; each new call is spoken in
/// Chinese unless the voice is switched off. A lost connection is Blazor's to re-establish; the page keeps its last
/// picture meanwhile.
/// </summary>
public sealed partial class Display : IAsyncDisposable
{
    private Intake.V1.Hall? _hall;
    private string? _announced;
    private bool _voice = true;
    private IAsyncDisposable? _following;
    private IJSObjectReference? _speech;

    [Inject]
    private Queue.QueueClient Queue { get; set; } = null!;

    [Inject]
    private HallFeed Feed { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private IJSRuntime Js { get; set; } = null!;

    public async ValueTask DisposeAsync()
    {
        if (_following is not null)
        {
            await _following.DisposeAsync();
        }

        if (_speech is not null)
        {
            try
            {
                await _speech.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The display went away with its circuit.
            }
        }
    }

    protected override async Task OnInitializedAsync()
    {
        var centre = (await Authentication.GetAuthenticationStateAsync()).User.Centre()!;
        await ReadAsync();
        _announced = LatestCall();
        _following = await Feed.FollowAsync(centre, () => InvokeAsync(RedrawAsync));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            try
            {
                _speech = await Js.InvokeAsync<IJSObjectReference>("import", "./" + Assets["js/hall.js"]);
            }
            catch (JSException)
            {
                // No voice in this browser; the display still shows every call.
            }
        }
    }

    private void ToggleVoice() => _voice = !_voice;

    private async Task RedrawAsync()
    {
        await ReadAsync();
        if (LatestCall() is { } latest && latest != _announced)
        {
            _announced = latest;
            var call = _hall!.RecentCalls[0];
            if (_voice && _speech is not null)
            {
                await _speech.InvokeAsync<bool>("announce", T["DisplayCall", call.Number, call.Window].Value);
            }
        }

        StateHasChanged();
    }

    /// <summary>The latest call, as ticket and time (a recall of the same ticket is a new call).</summary>
    private string? LatestCall() => _hall?.RecentCalls.FirstOrDefault() is { } call ? $"{call.TicketId}@{call.CalledAt}" : null;

    private async Task ReadAsync()
    {
        try
        {
            _hall = await Queue.GetHallAsync(new GetHallRequest());
        }
        catch (RpcException)
        {
            // The display keeps its last picture until the next read succeeds.
        }
    }
}
