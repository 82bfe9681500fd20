namespace OneWindow.Identity;

/// <summary>Residents' SMS sign-in (section <c>Identity:Residents</c>).</summary>
public sealed class ResidentSignInOptions
{
    public const string Section = "Identity:Residents";

    /// <summary>
    /// The proxies (the gateway) whose <c>X-Forwarded-For</c> names the resident's address for the per-address limit:
    /// IP addresses or CIDR networks. Anyone else's header is ignored, so nobody picks their own bucket.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>How long the page waits for notification (the text) or intake (the register) before saying "try again".</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
