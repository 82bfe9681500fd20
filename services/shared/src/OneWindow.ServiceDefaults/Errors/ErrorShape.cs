using FluentValidation;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.AspNetCore.Http;
using OneWindow.Common.Errors;
using OneWindow.Tenancy;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// The one mapping from refusals to statuses, for both faces of a service: RFC 9457 problem details
/// on plain HTTP, google.rpc.Status (with BadRequest field violations and an ErrorInfo code) on gRPC,
/// which JSON transcoding turns into the matching HTTP status.
/// </summary>
public static class ErrorShape
{
    public const string ErrorDomain = "onewindow";

    /// <summary>The status for an exception that is a refusal, or null for a bug (which stays a 500).</summary>
    public static Google.Rpc.Status? ToRpcStatus(Exception exception) => exception switch
    {
        ValidationException validation => Invalid(
            "The request has invalid fields.",
            validation.Errors.Select(e => (JsonFieldName(e.PropertyName), e.ErrorMessage))),
        DomainException domain => Domain(domain),
        TenantRequiredException tenant => Status(Code.PermissionDenied, tenant.Message, "tenant-required"),
        DependencyUnavailableException unavailable => Unavailable(unavailable),
        _ => null,
    };

    /// <summary>How long a client is told to wait before retrying what a dependency outage refused.</summary>
    public static readonly TimeSpan RetryAfterUnavailable = TimeSpan.FromSeconds(5);

    public static int HttpStatus(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Invalid => StatusCodes.Status400BadRequest,
        DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
        DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
        DomainErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        DomainErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        DomainErrorKind.RuleViolated => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static Google.Rpc.Status Invalid(string message, IEnumerable<(string Field, string Description)> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = Status(Code.InvalidArgument, message, "invalid-fields");
        status.Details.Add(Any.Pack(badRequest));
        return status;
    }

    /// <summary>Proto JSON names are lowerCamelCase; C# property paths are PascalCase.</summary>
    public static string JsonFieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    private static Google.Rpc.Status Domain(DomainException exception)
    {
        var code = exception.Kind switch
        {
            DomainErrorKind.Invalid => Code.InvalidArgument,
            DomainErrorKind.NotFound => Code.NotFound,
            DomainErrorKind.Conflict => Code.AlreadyExists,
            DomainErrorKind.Unauthenticated => Code.Unauthenticated,
            DomainErrorKind.Forbidden => Code.PermissionDenied,
            _ => Code.FailedPrecondition,
        };
        var status = Status(code, exception.Message, exception.Code);
        if (exception.Field is not null)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = exception.Field, Description = exception.Message });
            status.Details.Add(Any.Pack(badRequest));
        }

        return status;
    }

    private static Google.Rpc.Status Unavailable(DependencyUnavailableException exception)
    {
        var status = Status(Code.Unavailable, exception.Message, exception.Code);
        status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(RetryAfterUnavailable) }));
        return status;
    }

    private static Google.Rpc.Status Status(Code code, string message, string reason)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.Add(Any.Pack(new ErrorInfo { Reason = reason, Domain = ErrorDomain }));
        return status;
    }
}
