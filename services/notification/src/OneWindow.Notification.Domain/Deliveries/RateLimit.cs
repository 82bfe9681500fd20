namespace OneWindow.Notification.Domain.Deliveries;

/// <summary>
/// At most <see cref="Limit"/> text messages to one recipient in a fixed window of <see cref="Window"/>. A message
/// over the limit is not dropped: it waits for the next window. Windows are counted from the Unix epoch, so every
/// sender replica (and a test's controlled clock) agrees on which window an instant falls in.
/// </summary>
public sealed record RateLimit(int Limit, TimeSpan Window)
{
    public static RateLimit Default { get; } = new(5, TimeSpan.FromHours(1));

    /// <summary>The window an instant falls in: its number (the counter's key) and when it ends.</summary>
    public (long Number, DateTimeOffset End) WindowOf(DateTimeOffset instant)
    {
        var number = (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / Window.Ticks;
        return (number, DateTimeOffset.UnixEpoch.AddTicks((number + 1) * Window.Ticks));
    }

    /// <summary>Whether the <paramref name="count"/>-th message of a window may go.</summary>
    public bool Allows(long count) => count <= Limit;
}
