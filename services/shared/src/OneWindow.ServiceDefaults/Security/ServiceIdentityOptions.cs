namespace OneWindow.ServiceDefaults;

/// <summary>The <c>ServiceIdentity</c> section: this service's client at the identity provider (with an authority).</summary>
public sealed class ServiceIdentityOptions
{
    public const string Section = "ServiceIdentity";

    public string? TokenEndpoint { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string Scope { get; set; } = "onewindow";
}
