using Microsoft.AspNetCore.Mvc;
using OneWindow.ServiceDefaults;

namespace OneWindow.Gateway.Proxy;

/// <summary>
/// A declared body over the services' limit is refused here with problem details, before it costs a
/// service anything. Kestrel's own limit still stops undeclared (chunked) bodies as they stream.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.ContentLength > GrpcExtensions.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request too large",
                    Detail = $"A request body may be at most {GrpcExtensions.MaxRequestBytes / 1024} KiB.",
                },
            });
            return;
        }

        await next(context);
    }
}
