using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace OneWindow.Identity.Application;

/// <summary>
/// A signing key's id is its RFC 7638 thumbprint: the same key always gets the same <c>kid</c>, on every replica and
/// after every restart, so a service's cached key set stays right.
/// </summary>
public static class SigningKeyId
{
    public static string Of(RSA rsa) =>
        Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false))).ComputeJwkThumbprint());
}
