using Microsoft.Extensions.Options;
using OneWindow.Identity.Application;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OneWindow.Identity.Persistence;

/// <summary>
/// Makes the registered applications those of the configuration (<c>Identity:Clients</c>): added, changed (a new
/// secret, another redirect URI) or left alone. An application is configuration, not data: what the configuration no
/// longer names is removed, so a retired client's tokens can no longer be refreshed. It runs with the migrations (the
/// <c>migrate</c> verb, once per release), after the schema exists and never racing another replica's start.
/// </summary>
internal sealed partial class ClientRegistration(IServiceScopeFactory scopes, IOptions<IdentityProviderOptions> options, ILogger<ClientRegistration> logger) : IDatabaseSetup
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var (clientId, client) in options.Value.Clients)
        {
            var descriptor = Describe(clientId, client);
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
        }

        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var clientId = await applications.GetClientIdAsync(application, cancellationToken);
            if (clientId is not null && !options.Value.Clients.ContainsKey(clientId))
            {
                await applications.DeleteAsync(application, cancellationToken);
                LogRemoved(logger, clientId);
            }
        }
    }

    private static OpenIddictApplicationDescriptor Describe(string clientId, ClientOptions client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = client.DisplayName,
            ClientSecret = string.IsNullOrEmpty(client.Secret) ? null : client.Secret,
            ClientType = string.IsNullOrEmpty(client.Secret) ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.RedirectUris.UnionWith(client.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris);
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.Prefixes.Scope + TokenPrincipals.Audience]);
        foreach (var grant in client.Grants)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.GrantType + grant);
            if (grant == GrantTypes.DeviceCode)
            {
                descriptor.Permissions.Add(Permissions.Endpoints.DeviceAuthorization);
                descriptor.Permissions.Add(Permissions.Prefixes.Scope + Scopes.OfflineAccess);
            }

            if (grant == GrantTypes.AuthorizationCode)
            {
                descriptor.Permissions.UnionWith([
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession, Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Profile, Permissions.Prefixes.Scope + Scopes.OfflineAccess]);
                descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            }
        }

        if (!string.IsNullOrEmpty(client.Secret))
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        return descriptor;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client {ClientId} is no longer configured and was removed.")]
    private static partial void LogRemoved(ILogger logger, string clientId);
}
