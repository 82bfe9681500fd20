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
        // Standing in for intake's register of centres (GET /v1/centres) when a test names the centres it holds.
        if (app.Configuration["Probe:RegisteredCentres"] is { Length: > 0 } registered)
        {
            app.MapGet("/v1/centres", () => new { centres = registered.Split(',').Select(code => new { code, open = true }) }).AllowAnonymous();
        }

        return app;
    }
}
