using System.Data;
using Microsoft.EntityFrameworkCore;

namespace OneWindow.Persistence;

/// <summary>How a use case holds its connection: one for all its statements.</summary>
public static class DbContextConnections
{
    /// <summary>
    /// Keeps one connection open for a use case's several statements, so the centre is set on it once (the tenancy
    /// interceptor runs whenever EF opens a connection, and resets it on closing) rather than around every query.
    /// Disposing closes it; disposing twice, or a connection already open, is harmless.
    /// </summary>
    public static async Task<IAsyncDisposable> OneConnectionAsync(this DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection().State == ConnectionState.Open)
        {
            return NothingToClose.Instance;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        return new ConnectionLease(db);
    }

    private sealed class ConnectionLease(DbContext db) : IAsyncDisposable
    {
        private int _closed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private sealed class NothingToClose : IAsyncDisposable
    {
        public static readonly NothingToClose Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
