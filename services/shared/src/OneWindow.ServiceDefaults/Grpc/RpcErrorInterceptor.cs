using Grpc.Core;
using Grpc.Core.Interceptors;

namespace OneWindow.ServiceDefaults;

/// <summary>Refusals thrown by use cases become rich gRPC statuses; bugs pass through as Internal.</summary>
internal sealed class RpcErrorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (ErrorShape.ToRpcStatus(exception) is { } status)
        {
            throw status.ToRpcException();
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (ErrorShape.ToRpcStatus(exception) is { } status)
        {
            throw status.ToRpcException();
        }
    }
}
