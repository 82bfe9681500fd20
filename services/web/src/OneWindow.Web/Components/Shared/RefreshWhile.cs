using Microsoft.AspNetCore.Components;

namespace OneWindow.Web.Components.Shared;

/// <summary>
/// Asks its page to read again at an interval while something the page shows is under way in a service (a payroll run
/// computing), so progress shows without a click; it stops when the work is done or the page is left. The work itself
/// runs in the service, not here: leaving the page leaves the work going, and coming back shows where it stands.
/// </summary>
public sealed class RefreshWhile : ComponentBase, IDisposable
{
    private CancellationTokenSource? _refreshing;

    [Parameter, EditorRequired]
    public bool Active { get; set; }

    [Parameter, EditorRequired]
    public EventCallback Refresh { get; set; }

    [Parameter]
    public TimeSpan Every { get; set; } = TimeSpan.FromSeconds(1);

    public void Dispose() => Stop();

    protected override void OnParametersSet()
    {
        if (Active && _refreshing is null)
        {
            _refreshing = new CancellationTokenSource();
            _ = RefreshAsync(_refreshing);
        }
        else if (!Active)
        {
            Stop();
        }
    }

    /// <summary>The loop owns its source: <see cref="Stop"/> only cancels it, so a refresh under way never meets a disposed token.</summary>
    private async Task RefreshAsync(CancellationTokenSource refreshing)
    {
        using var source = refreshing;
        using var timer = new PeriodicTimer(Every);
        try
        {
            while (await timer.WaitForNextTickAsync(source.Token))
            {
                await InvokeAsync(Refresh.InvokeAsync);
            }
        }
        catch (OperationCanceledException)
        {
            // The work finished or the page was left.
        }
        catch (Exception failure)
        {
            await DispatchExceptionAsync(failure);
        }
    }

    private void Stop()
    {
        _refreshing?.Cancel();
        _refreshing = null;
    }
}
