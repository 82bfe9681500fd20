using FluentValidation;
using OneWindow.Probe.V1;

namespace OneWindow.Probe;

internal static class ProbeRegistration
{
    public static IHostApplicationBuilder AddProbe(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidator<EchoRequest>, EchoRequestValidator>();
        return builder;
    }

    public static WebApplication MapProbe(this WebApplication app)
    {
        app.MapGrpcService<ProbeService>();
        return app;
    }
}
