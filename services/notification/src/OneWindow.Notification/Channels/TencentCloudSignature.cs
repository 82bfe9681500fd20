using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OneWindow.Notification.Channels;

/// <summary>
/// Tencent Cloud API 3.0's request signature, TC3-HMAC-SHA256, for a JSON POST to <c>/</c> signing <c>content-type</c>
/// and <c>host</c>: a canonical request, the string to sign under a credential scope of the UTC day and the service,
/// and an HMAC-SHA256 chain from <c>"TC3" + SecretKey</c> through the day, the service and <c>tc3_request</c>.
/// Both ends use it: our requests, and the local provider checking them as Tencent does.
/// </summary>
public static class TencentCloudSignature
{
    public const string Algorithm = "TC3-HMAC-SHA256";

    public static string CanonicalRequest(string host, string contentType, string payload) =>
        $"POST\n/\n\ncontent-type:{contentType}\nhost:{host}\n\ncontent-type;host\n{Sha256Hex(payload)}";

    public static string CredentialScope(long timestamp, string service) => $"{Day(timestamp)}/{service}/tc3_request";

    public static string StringToSign(long timestamp, string service, string canonicalRequest) =>
        string.Create(CultureInfo.InvariantCulture, $"{Algorithm}\n{timestamp}\n{CredentialScope(timestamp, service)}\n{Sha256Hex(canonicalRequest)}");

    public static string Signature(string secretKey, long timestamp, string service, string stringToSign)
    {
        var day = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + secretKey), Encoding.UTF8.GetBytes(Day(timestamp)));
        var serviceKey = HMACSHA256.HashData(day, Encoding.UTF8.GetBytes(service));
        var signing = HMACSHA256.HashData(serviceKey, "tc3_request"u8);
        return Convert.ToHexStringLower(HMACSHA256.HashData(signing, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>The <c>Authorization</c> header of a request.</summary>
    public static string Authorization(string secretId, string secretKey, string service, string host, string contentType, string payload, long timestamp)
    {
        var signature = Signature(secretKey, timestamp, service, StringToSign(timestamp, service, CanonicalRequest(host, contentType, payload)));
        return $"{Algorithm} Credential={secretId}/{CredentialScope(timestamp, service)}, SignedHeaders=content-type;host, Signature={signature}";
    }

    /// <summary>Whether an <c>Authorization</c> header is the one the key pair gives this request (compared in constant time).</summary>
    public static bool Verify(string? authorization, string secretId, string secretKey, string service, string host, string contentType, string payload, long timestamp) =>
        authorization is not null
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(authorization),
            Encoding.ASCII.GetBytes(Authorization(secretId, secretKey, service, host, contentType, payload, timestamp)));

    private static string Day(long timestamp) =>
        DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
