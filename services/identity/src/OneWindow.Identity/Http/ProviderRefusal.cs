using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace OneWindow.Identity.Http;

/// <summary>An OpenID Connect error answer (<c>error</c>, <c>error_description</c>), in the shape the protocol gives the client.</summary>
public static class ProviderRefusal
{
    public static IResult Of(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
