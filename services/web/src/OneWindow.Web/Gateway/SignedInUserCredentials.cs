using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Gateway;

/// <summary>
/// The user of this circuit or request: Blazor's authentication state is the cookie's principal in a server-rendered
/// request and in an interactive circuit alike, so calls need no <c>HttpContext</c>.
/// </summary>
public sealed class SignedInUserCredentials(AuthenticationStateProvider authentication, UserTokens tokens) : IGatewayCredentials
{
    public async Task<string?> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return await tokens.AccessTokenAsync(state.User, cancellationToken);
    }
}
