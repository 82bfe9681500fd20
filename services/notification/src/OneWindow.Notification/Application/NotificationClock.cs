namespace OneWindow.Notification.Application;

/// <summary>
/// The time notices are reckoned in: when a delivery is created and falls due, quiet hours, retry backoff, rate-limit
/// windows, reminder look-ahead and home delivery deadlines. Only the notification passes and use cases take it; the
/// infrastructure under them (outbox dispatcher, event transport, inbox, the worker's timer, token lifetimes, request
/// signatures) keeps the host's <see cref="TimeProvider"/>. A test may move this clock to the middle of the night or a
/// year ahead without stalling the event pipeline that feeds it. It is the host's clock unless replaced.
/// </summary>
public sealed class NotificationClock(TimeProvider time) : TimeProvider
{
    /// <summary>Always offset zero, whatever the underlying clock was set with: PostgreSQL stores UTC instants only.</summary>
    public override DateTimeOffset GetUtcNow() => time.GetUtcNow().ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;

    public override long TimestampFrequency => time.TimestampFrequency;

    public override long GetTimestamp() => time.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        time.CreateTimer(callback, state, dueTime, period);
}
