using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneWindow.Common.Errors;

namespace OneWindow.Persistence;

/// <summary>How a use case commits: in one transaction, and a lost race is a 409, never a 500.</summary>
public static class DbContextTransactions
{
    /// <summary>
    /// Runs the work in a transaction: the one already open (an event handler runs inside its inbox transaction) or
    /// a new one committed at the end, so raw SQL (locks, tallies), the outbox and the audit trail commit with SaveChanges.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Holds a lock named <paramref name="key"/> until the transaction ends: work under one key runs one at a time, across replicas.</summary>
    public static Task LockAsync(this DbContext db, string key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({key}))", cancellationToken);

    /// <summary>Saves, turning a lost race (a concurrent change, a duplicate) into a 409 with <paramref name="conflict"/>.</summary>
    public static async Task SaveAsync(this DbContext db, CancellationToken cancellationToken, string conflict = "The record was changed meanwhile: reload and try again.")
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || IsUniqueViolation(exception))
        {
            throw new DomainException(DomainErrorKind.Conflict, "changed-meanwhile", conflict);
        }
    }

    /// <summary>A unique index said no: someone else got there first.</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
