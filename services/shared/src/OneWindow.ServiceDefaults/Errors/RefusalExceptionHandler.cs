using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OneWindow.Common.Errors;

namespace OneWindow.ServiceDefaults;

/// <summary>Turns refusals into 4xx problem details and a dependency outage into 503; anything else remains a 500 (a bug is never disguised as a 400).</summary>
internal sealed class RefusalExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
                Detail = (badRequest.InnerException as JsonException)?.Message ?? badRequest.Message,
            },
            DomainException domain => new ProblemDetails
            {
                Status = ErrorShape.HttpStatus(domain.Kind),
                Title = domain.Code,
                Detail = domain.Message,
                Extensions = domain.Field is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [domain.Field] = [domain.Message] } },
            },
            FluentValidation.ValidationException validation => new ValidationProblemDetails(
                validation.Errors.GroupBy(e => ErrorShape.JsonFieldName(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
            },
            OneWindow.Tenancy.TenantRequiredException tenant => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Centre required", Detail = tenant.Message },
            DependencyUnavailableException unavailable => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = unavailable.Code, Detail = unavailable.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is DependencyUnavailableException)
        {
            httpContext.Response.Headers.RetryAfter = ((int)ErrorShape.RetryAfterUnavailable.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
