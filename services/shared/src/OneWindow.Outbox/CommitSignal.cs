using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace OneWindow.Outbox;

/// <summary>
/// Wakes a background worker when a transaction that wrote work for it commits, so the work starts within
/// milliseconds instead of at the next poll. Polling remains the safety net (e.g. after a crash). One
/// singleton per kind of work; wakes that come while the worker is busy collapse into one.
/// </summary>
/// <remarks>
/// The expectation is kept per DbContext: only the commit of the context that wrote the work wakes the worker. Were it
/// one flag for the service, another context's commit (the dispatcher's own, a request beside it) would spend the wake
/// while the work was still uncommitted, the worker would find nothing, and the work would wait for the next poll.
/// </remarks>
public class CommitSignal
{
    private static readonly object Expected = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly ConditionalWeakTable<DbContext, object> _expecting = new();

    /// <summary>Work was written through this context: its next commit, or save outside a transaction, wakes the worker.</summary>
    public void Expect(DbContext context) => _expecting.AddOrUpdate(context, Expected);

    /// <summary>A context committed; the worker wakes if it is the one that wrote work for it.</summary>
    public void CommitObserved(DbContext? context)
    {
        if (context is not null && _expecting.Remove(context) && _wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit woke it already.
            }
        }
    }

    /// <summary>Waits for a wake or the timeout, whichever comes first; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _wake.WaitAsync(timeout, cancellationToken);
}
