namespace OneWindow.Notification.Domain.Deliveries;

/// <summary>
/// Exponential backoff for transient failures: the first retry after <see cref="FirstDelay"/>, each next one
/// twice as long, never longer than <see cref="MaxDelay"/>; after <see cref="MaxAttempts"/> attempts in all the
/// delivery fails for good (and a person can resend it).
/// </summary>
public sealed record RetrySchedule(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static RetrySchedule Default { get; } = new(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30));

    /// <summary>How long to wait after <paramref name="attemptsMade"/> failed attempts; null when none is left.</summary>
    public TimeSpan? DelayAfter(int attemptsMade)
    {
        if (attemptsMade < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(attemptsMade), "The schedule is asked after an attempt.");
        }

        if (attemptsMade >= MaxAttempts)
        {
            return null;
        }

        // 2^(n-1) overflows long before a sane MaxDelay: cap the exponent first.
        var factor = Math.Pow(2, Math.Min(attemptsMade - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
