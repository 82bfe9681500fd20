using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.Tenancy;

namespace OneWindow.ServiceDefaults;

public static class GrpcClientExtensions
{
    /// <summary>
    /// A typed gRPC client of another service at <c>Services:&lt;service&gt;:Grpc</c>. The caller's token and
    /// named centre travel with each call, so the other service authorizes and audits the person who
    /// asked, exactly as if they had called it through the gateway.
    /// </summary>
    public static IHttpClientBuilder AddPlatformGrpcClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : class
    {
        var address = builder.Configuration[$"Services:{service}:Grpc"]
            ?? throw new InvalidOperationException($"Services:{service}:Grpc is not configured: where does {service} answer gRPC?");
        builder.Services.AddHttpContextAccessor();
        return builder.Services
            .AddGrpcClient<TClient>(options => options.Address = new Uri(address))
            .AddCallCredentials((context, metadata, services) =>
            {
                var request = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
                if (request?.Headers.Authorization.ToString() is { Length: > 0 } authorization)
                {
                    metadata.Add("Authorization", authorization);
                }

                if (request?.Headers[PlatformClaims.CentreHeader].ToString() is { Length: > 0 } centre)
                {
                    metadata.Add(PlatformClaims.CentreHeader, centre);
                }

                return Task.CompletedTask;
            })
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
    }
}
