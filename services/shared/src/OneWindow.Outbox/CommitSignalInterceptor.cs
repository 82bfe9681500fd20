using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneWindow.Outbox;

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
            signal.CommitObserved(eventData.Context);
        }

        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.CommitObserved(eventData.Context);
        }

        return result;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.CommitObserved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        signal.CommitObserved(eventData.Context);

    private void Inspect(DbContext? context)
    {
        if (context is not null && Expects(context))
        {
            signal.Expect(context);
        }
    }
}
