using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;
using OneWindow.Tenancy;

namespace OneWindow.Web.SignIn;

/// <summary>
/// The console's cookie principal: the claims of the access token the provider gave (who, which roles, which centre
/// or the district, which device) and the id of the session that holds the tokens. The token came straight from the
/// provider's token endpoint on the back channel, so it is read here, not validated again; every service validates
/// it on each call.
/// </summary>
public static class ConsolePrincipal
{
    private static readonly string[] Carried =
        [PlatformClaims.Subject, PlatformClaims.Role, PlatformClaims.Tenant, PlatformClaims.District, "name", ConsoleUser.DeviceKindClaim, ConsoleUser.WindowClaim];

    public static ClaimsPrincipal From(SessionTokens tokens, string session)
    {
        var token = new JsonWebTokenHandler().ReadJsonWebToken(tokens.AccessToken);
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, PlatformClaims.Subject, PlatformClaims.Role);
        identity.AddClaims(token.Claims.Where(claim => Carried.Contains(claim.Type)).Select(claim => new Claim(claim.Type, claim.Value)));
        identity.AddClaim(new Claim(ConsoleClaims.Session, session));
        return new ClaimsPrincipal(identity);
    }
}
