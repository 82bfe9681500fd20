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
