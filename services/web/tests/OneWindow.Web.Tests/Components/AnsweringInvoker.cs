using Google.Protobuf;
using Grpc.Core;

namespace OneWindow.Web.Tests.Components;

/// <summary>Answers every unary call with the message given for its reply type (an empty one otherwise), or refuses it as a service would.</summary>
internal sealed class AnsweringInvoker : CallInvoker
{
    private readonly Dictionary<Type, IMessage> _answers = [];
    private Google.Rpc.Status? _refusal;

    /// <summary>Every request sent, in order.</summary>
    public List<IMessage> Sent { get; } = [];

    public void Answer(IMessage message) => _answers[message.GetType()] = message;

    public void Refuse(Google.Rpc.Status status) => _refusal = status;

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Sent.Add((IMessage)request!);
        var response = _refusal is { } refusal && method.Name is not ("GetQueueState" or "GetHall")
            ? Task.FromException<TResponse>(refusal.ToRpcException())
            : Task.FromResult(_answers.TryGetValue(typeof(TResponse), out var answer) ? (TResponse)answer : Activator.CreateInstance<TResponse>());
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
}
