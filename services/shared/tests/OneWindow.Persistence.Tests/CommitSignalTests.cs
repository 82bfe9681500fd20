using Microsoft.EntityFrameworkCore;
using OneWindow.Outbox;

namespace OneWindow.Persistence.Tests;

/// <summary>A worker is woken by the commit of the work written for it, not by whichever commit comes first.</summary>
public sealed class CommitSignalTests
{
    [Fact]
    public async Task Another_contexts_commit_does_not_spend_the_wake_of_work_still_uncommitted()
    {
        var signal = new CommitSignal();
        using var writing = new DbContext(new DbContextOptions<DbContext>());
        using var other = new DbContext(new DbContextOptions<DbContext>());
        signal.Expect(writing);

        signal.CommitObserved(other);
        var wokenByOther = await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);
        signal.CommitObserved(writing);
        var wokenByWork = await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.False(wokenByOther);
        Assert.True(wokenByWork);
    }

    [Fact]
    public async Task Wakes_that_come_while_the_worker_is_busy_collapse_into_one()
    {
        var signal = new CommitSignal();
        using var first = new DbContext(new DbContextOptions<DbContext>());
        using var second = new DbContext(new DbContextOptions<DbContext>());
        signal.Expect(first);
        signal.Expect(second);

        signal.CommitObserved(first);
        signal.CommitObserved(second);

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }
}
