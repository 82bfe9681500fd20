using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OneWindow.ServiceDefaults;

public static class ServiceTokensExtensions
{
    /// <summary>
    /// <see cref="IServiceTokens"/> for a service that calls another as itself: client credentials at the identity
    /// provider when <c>Authentication:Authority</c> is set (and the host refuses to start without its
    /// <c>ServiceIdentity</c> client), otherwise (Development, tests) development tokens of <paramref name="clientId"/>
    /// with <paramref name="roles"/>, as the provider would give that client.
    /// </summary>
    public static IHostApplicationBuilder AddServiceTokens(this IHostApplicationBuilder builder, string clientId, params string[] roles)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["Authentication:Authority"]))
        {
            builder.Services.AddSingleton<IServiceTokens>(services => new DevelopmentServiceTokens(clientId, roles, services.GetService<TimeProvider>() ?? TimeProvider.System));
            return builder;
        }

        var identity = builder.Configuration.GetSection(ServiceIdentityOptions.Section).Get<ServiceIdentityOptions>();
        if (string.IsNullOrWhiteSpace(identity?.TokenEndpoint) || string.IsNullOrWhiteSpace(identity.ClientId) || string.IsNullOrWhiteSpace(identity.ClientSecret))
        {
            throw new InvalidOperationException($"ServiceIdentity:TokenEndpoint, ClientId and ClientSecret are required with an identity provider: {clientId} calls other services as itself.");
        }

        builder.Services.AddOptions<ServiceIdentityOptions>().BindConfiguration(ServiceIdentityOptions.Section);
        builder.Services.AddHttpClient<IServiceTokens, ClientCredentialsServiceTokens>();
        return builder;
    }
}
