using System.ComponentModel.DataAnnotations;

namespace OneWindow.Identity;

/// <summary>The provider's configuration (section <c>Identity</c>).</summary>
public sealed class IdentityProviderOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// The issuer every token names: the address people and services reach the provider at (the gateway's, behind the
    /// ingress), not the pod's.
    /// </summary>
    [Required]
    public Uri Issuer { get; set; } = null!;

    /// <summary>Access tokens are short: a worker who leaves is out when the next refresh is refused.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A working day and a little more: a clerk signs in once a day.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>A signed-in device keeps its refresh token this long before its director approves it again.</summary>
    public TimeSpan DeviceRefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// RSA private keys in PEM, newest first: the first signs, all are published, so a key that is being retired keeps
    /// validating the tokens it signed until they expire. Required outside Development.
    /// </summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>A 256-bit key (base64) that seals authorization codes, refresh and device codes. Required outside Development.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>The district's code in the district-level staff's explicit claim (<c>district</c>).</summary>
    [Required]
    public string District { get; set; } = "yangpu";

    /// <summary>The applications allowed to ask for tokens, by client id.</summary>
    public Dictionary<string, ClientOptions> Clients { get; set; } = [];

    /// <summary>Development only: the password every demo staff account is given by <c>seed</c>.</summary>
    public string? DemoPassword { get; set; }
}
