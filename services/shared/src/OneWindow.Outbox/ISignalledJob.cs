namespace OneWindow.Outbox;

/// <summary>
/// Work a service does in the background: woken by its <see cref="CommitSignal"/> when work for it commits, and run on a
/// sweep for work a stopped replica left. Each run takes what is waiting and returns; a failure is logged and the next
/// wake or sweep runs it again.
/// </summary>
public interface ISignalledJob
{
    /// <summary>Does the work waiting and not held by another replica; returns how many pieces of it it finished.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
