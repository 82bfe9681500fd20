using System.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OneWindow.ServiceDefaults;

public static class ProblemDetailsExtensions
{
    /// <summary>Every error on plain HTTP is problem details with the trace id, so a clerk's complaint leads to the trace.</summary>
    public static IHostApplicationBuilder AddPlatformProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<RefusalExceptionHandler>();
        // Bad JSON and wrong types in minimal APIs surface as exceptions the handler turns into 400s.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddValidation();
        return builder;
    }
}
