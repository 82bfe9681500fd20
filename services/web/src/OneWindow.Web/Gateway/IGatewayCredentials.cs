namespace OneWindow.Web.Gateway;

/// <summary>The token a call through the gateway carries: the signed-in user's, or none on a public page.</summary>
public interface IGatewayCredentials
{
    Task<string?> AccessTokenAsync(CancellationToken cancellationToken);
}
