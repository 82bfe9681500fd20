using System.Text.Json.Serialization;

namespace OneWindow.Web.SignIn;

/// <summary>What the screen of a device shows while it waits for the director (RFC 8628 §3.2).</summary>
public sealed record DeviceAuthorization(
    [property: JsonPropertyName("device_code")] string DeviceCode,
    [property: JsonPropertyName("user_code")] string UserCode,
    [property: JsonPropertyName("verification_uri")] string VerificationUri,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("interval")] int? Interval);
