using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace OneWindow.Web.Gateway;

/// <summary>
/// The generated clients of protos/ as the console's one way to call a service: each made per circuit (or request)
/// on a <see cref="GatewayCallInvoker"/> that carries its user's token.
/// </summary>
public static class GatewayClients
{
    public static IServiceCollection AddGatewayClients(this IServiceCollection services)
    {
        services.AddSingleton<GatewayContracts>();
        services.AddScoped<IGatewayCredentials, SignedInUserCredentials>();
        services.AddHttpClient<GatewayCallInvoker>((provider, http) => http.BaseAddress = provider.GetRequiredService<IOptions<ConsoleOptions>>().Value.Gateway);
        services.AddHttpClient<GatewayDocuments>((provider, http) => http.BaseAddress = provider.GetRequiredService<IOptions<ConsoleOptions>>().Value.Gateway);
        return services;
    }

    /// <summary>
    /// A generated client (e.g. <c>Queue.QueueClient</c>), nested as grpc_csharp nests it in the class that describes
    /// its service; <paramref name="publicMethods"/> are those the gateway serves without sign-in.
    /// </summary>
    public static IServiceCollection AddGatewayClient<TClient>(this IServiceCollection services, params string[] publicMethods)
        where TClient : ClientBase<TClient>
    {
        var service = (ServiceDescriptor)typeof(TClient).DeclaringType!.GetProperty("Descriptor")!.GetValue(null)!;
        services.Configure<GatewayContractOptions>(options =>
        {
            options.Services.Add(service);
            options.PublicMethods.UnionWith(publicMethods.Select(method => $"{service.FullName}/{method}"));
        });
        services.AddScoped(provider => (TClient)Activator.CreateInstance(typeof(TClient), provider.GetRequiredService<GatewayCallInvoker>())!);
        return services;
    }
}
