namespace OneWindow.Gateway.RateLimiting;

/// <summary>The verdict for one request: allowed, or refused until the window ends.</summary>
public readonly record struct RateLimitDecision(bool Allowed, string? ExceededBy, TimeSpan RetryAfter);
