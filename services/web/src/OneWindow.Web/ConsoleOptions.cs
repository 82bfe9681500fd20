using System.ComponentModel.DataAnnotations;

namespace OneWindow.Web;

/// <summary>Where the console is seen and where it signs people in (section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>
    /// The address a browser sees the console at (the gateway's, e.g. <c>https://onewindow.yangpu.example</c>): the
    /// provider sends people back there, so redirect URIs are built from it rather than from the request, which
    /// reaches the console from the gateway.
    /// </summary>
    [Required]
    public Uri PublicOrigin { get; set; } = null!;

    /// <summary>
    /// The gateway as this process reaches it; every call to a service goes through it with the user's token. The
    /// public origin when unset.
    /// </summary>
    public Uri? GatewayAddress { get; set; }

    /// <summary>The provider's address for the back channel (discovery, token, revocation); the public origin when unset.</summary>
    public Uri? ProviderAddress { get; set; }

    /// <summary>The console's registration at the provider (a confidential client: code with PKCE and a secret).</summary>
    [Required]
    public string ClientId { get; set; } = "onewindow-console";

    [Required]
    public string ClientSecret { get; set; } = null!;

    /// <summary>The public client kiosks, rating pads and hall displays sign in with (the device flow).</summary>
    [Required]
    public string DeviceClientId { get; set; } = "onewindow-device";

    public Uri Gateway => GatewayAddress ?? PublicOrigin;

    public Uri Provider => ProviderAddress ?? PublicOrigin;
}
