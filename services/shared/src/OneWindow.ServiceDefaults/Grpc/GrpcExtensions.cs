using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OneWindow.ServiceDefaults;

public static class GrpcExtensions
{
    /// <summary>Largest request a service accepts; anything bigger is refused before it is read.</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    /// <summary>gRPC with JSON transcoding (one contract, two faces), reflection, validation and the error shape.</summary>
    public static IHostApplicationBuilder AddPlatformGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<RpcErrorInterceptor>();
            options.Interceptors.Add<ValidationInterceptor>();
            options.MaxReceiveMessageSize = MaxRequestBytes;
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
        }).AddJsonTranscoding(transcoding =>
            // Error details (BadRequest, ErrorInfo) travel as Any: JSON needs their descriptors.
            transcoding.TypeRegistry = TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor));
        builder.Services.AddGrpcReflection();
        return builder;
    }

    public static WebApplication MapPlatformGrpcReflection(this WebApplication app)
    {
        app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
