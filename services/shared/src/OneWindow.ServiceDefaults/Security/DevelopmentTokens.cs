using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneWindow.Tenancy;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// Tokens signed with a key built into the code, accepted only when the environment is Development:
/// the local stack, tests and demos get real JWTs without an identity provider. Production
/// validates against the OIDC authority and never sees this key.
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "onewindow-development";
    public const string Audience = "onewindow";

    /// <summary>The demo district's code in development tokens of district staff.</summary>
    public const string DistrictCode = "yangpu";

    private static readonly SymmetricSecurityKey SigningKey =
        new(Encoding.UTF8.GetBytes("onewindow-development-signing-key: never valid outside Development")) { KeyId = "onewindow-development" };

    public static TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = SigningKey,
        NameClaimType = PlatformClaims.Subject,
        RoleClaimType = PlatformClaims.Role,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    public static string Issue(string subject, IReadOnlyCollection<string> roles, string? tenant, TimeSpan lifetime, TimeProvider clock)
    {
        var claims = new Dictionary<string, object>
        {
            [PlatformClaims.Subject] = subject,
            [PlatformClaims.Role] = roles.ToArray(),
        };
        if (tenant is not null)
        {
            claims[PlatformClaims.Tenant] = tenant;
        }
        else if (roles.Any(PlatformClaims.DistrictRoles.Contains))
        {
            claims[PlatformClaims.District] = DistrictCode;
        }

        return IssueWithClaims(claims, lifetime, clock);
    }

    /// <summary>A token with exactly these claims (tests: a rating pad's window, a token that lacks what it should carry).</summary>
    public static string IssueWithClaims(IReadOnlyDictionary<string, object> claims, TimeSpan lifetime, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims.ToDictionary(),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
