namespace OneWindow.Identity;

/// <summary>One application allowed to ask the provider for tokens.</summary>
public sealed class ClientOptions
{
    /// <summary>The name staff see when a device or an application asks for them.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Empty for a public client (a device, a script): it proves itself with PKCE or the device code instead.</summary>
    public string? Secret { get; set; }

    /// <summary>Grant types: <c>authorization_code</c>, <c>refresh_token</c>, <c>client_credentials</c>, <c>device_code</c>, or the demo grant.</summary>
    public List<string> Grants { get; set; } = [];

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>For client credentials: the roles of the service's own identity (e.g. <c>notification-service</c>).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>For client credentials: the service may ask for a token of one centre (the <c>tenant</c> parameter).</summary>
    public bool ActsForCentres { get; set; }
}
