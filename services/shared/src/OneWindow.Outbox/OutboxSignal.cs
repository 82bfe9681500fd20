using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneWindow.Outbox;

/// <summary>
/// Wakes a background worker when a transaction that wrote work for it commits, so the work starts within
/// milliseconds instead of at the next poll. Polling remains the safety net (e.g. after a crash). One
/// singleton per kind of work; wakes that come while the worker is busy collapse into one.
/// </summary>
public class CommitSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private int _expected;

    /// <summary>Work was written; the next commit or save should wake the worker.</summary>
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

    /// <summary>Waits for a wake or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _wake.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Tells a <see cref="CommitSignal"/> when written work may have become visible: a save outside a transaction, or
/// a commit. <see cref="Expects"/> lets a service recognise its work among the changes being saved.
/// </summary>
public class CommitSignalInterceptor<TSignal>(TSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
    where TSignal : CommitSignal
{
    /// <summary>Whether the changes about to be saved hold work for the signal's worker.</summary>
    protected virtual bool Expects(DbContext context) => false;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Inspect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Inspect(eventData.Context);
        return ValueTask.FromResult(result);
    }

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

    private void Inspect(DbContext? context)
    {
        if (context is not null && Expects(context))
        {
            signal.Expect();
        }
    }
}

/// <summary>Wakes the outbox dispatcher; <see cref="IOutbox.Add"/> expects it.</summary>
internal sealed class OutboxSignal : CommitSignal;

internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : CommitSignalInterceptor<OutboxSignal>(signal);
