namespace OneWindow.Gateway.RateLimiting;

/// <summary>The <c>RateLimits</c> section: fixed one-minute windows, shared by every gateway replica through Redis.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests one signed-in user may make per minute: a busy clerk makes a few dozen.</summary>
    public int PerUserPerMinute { get; set; } = 600;

    /// <summary>Requests one street centre may make per minute, all its staff and devices together.</summary>
    public int PerTenantPerMinute { get; set; } = 6_000;

    /// <summary>Requests per minute from one address without a token (public guides).</summary>
    public int PerAnonymousClientPerMinute { get; set; } = 120;

    /// <summary>
    /// Delivery receipts per minute from one address on the SMS provider's route, a budget of its own: a batch of
    /// notices comes back as a burst of receipts, which must neither be refused for residents' reading of guides
    /// nor use up theirs.
    /// </summary>
    public int SmsReceiptsPerClientPerMinute { get; set; } = 6_000;
}
