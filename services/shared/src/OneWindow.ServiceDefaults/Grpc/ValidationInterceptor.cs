using FluentValidation;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.DependencyInjection;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// Validates every request that has an <see cref="IValidator{T}"/> before the service method runs,
/// so bad input is refused with every offending field at once and nothing is changed.
/// </summary>
internal sealed class ValidationInterceptor(IServiceProvider services) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await ValidateAsync(request, context.CancellationToken);
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await ValidateAsync(request, context.CancellationToken);
        await continuation(request, responseStream, context);
    }

    private async Task ValidateAsync<TRequest>(TRequest request, CancellationToken cancellationToken)
    {
        if (services.GetService<IValidator<TRequest>>() is { } validator)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            if (!result.IsValid)
            {
                throw ErrorShape.Invalid(
                    "The request has invalid fields.",
                    result.Errors.Select(e => (ErrorShape.JsonFieldName(e.PropertyName), e.ErrorMessage))).ToRpcException();
            }
        }
    }
}
