using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Shared;

/// <summary>
/// What a live page does on a click, one thing at a time: a second click while the first is under way does nothing
/// (a double click on call-next or accept has one effect); a refusal becomes its words in Chinese and leaves the page as
/// it was; a session that has ended sends the user to sign in again and back, after <see cref="BeforeSignIn"/> has kept
/// what they were doing.
/// </summary>
public sealed class PageAction(RefusalText refusals, NavigationManager navigation)
{
    public bool Busy { get; private set; }

    public string? Refusal { get; private set; }

    /// <summary>What the last action did, in words, when it said (a decision recorded, a file returned).</summary>
    public string? Done { get; private set; }

    /// <summary>Runs before the browser leaves to sign in again (an acceptance keeps its form here).</summary>
    public Func<Task>? BeforeSignIn { get; set; }

    /// <summary>True when the action ran to its end.</summary>
    public async Task<bool> RunAsync(Func<Task> action)
    {
        if (Busy)
        {
            return false;
        }

        Busy = true;
        Refusal = null;
        Done = null;
        try
        {
            await action();
            return true;
        }
        catch (RpcException ended) when (ended.StatusCode == StatusCode.Unauthenticated)
        {
            if (BeforeSignIn is not null)
            {
                await BeforeSignIn();
            }

            navigation.NavigateTo("/signin?returnUrl=" + Uri.EscapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri)), forceLoad: true);
            return false;
        }
        catch (RpcException refusal)
        {
            Refusal = refusals.Describe(refusal);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Runs the action as above and, when it ran to its end, says <paramref name="done"/>.</summary>
    public async Task<bool> RunAsync(Func<Task> action, string done)
    {
        var ran = await RunAsync(action);
        if (ran)
        {
            Done = done;
        }

        return ran;
    }

    /// <summary>Runs the action as above and, when it ran to its end, says what <paramref name="done"/> gives: words that depend on the answer.</summary>
    public async Task<bool> RunAsync(Func<Task> action, Func<string> done)
    {
        var ran = await RunAsync(action);
        if (ran)
        {
            Done = done();
        }

        return ran;
    }

    public void Clear() => Refusal = null;
}
