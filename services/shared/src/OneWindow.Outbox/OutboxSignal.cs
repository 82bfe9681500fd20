using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneWindow.Outbox;

/// <summary>
/// Wakes the dispatcher when a transaction that wrote events commits, so events leave within
/// milliseconds instead of at the next poll. Polling remains the safety net (e.g. after a crash).
/// </summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private int _expected;

    /// <summary>An event was added; the next commit or save should wake the dispatcher.</summary>
    public void Expect() => Interlocked.Exchange(ref _expected, 1);

    public void CommitObserved()
    {
        if (Interlocked.Exchange(ref _expected, 0) == 1 && _wake.CurrentCount == 0)
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

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _wake.WaitAsync(timeout, cancellationToken);
}

/// <summary>Tells the signal when events may have become visible: a save outside a transaction, or a commit.</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.CommitObserved();
        }

        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.CommitObserved();
        }

        return result;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.CommitObserved();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        signal.CommitObserved();
}
