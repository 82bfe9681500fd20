using Google.Protobuf;
using Grpc.Core;

namespace OneWindow.Web.Tests.Components;

/// <summary>Answers every unary call with the message given for its reply type (an empty one otherwise), or refuses it as a service would.</summary>
internal sealed class AnsweringInvoker : CallInvoker
{
    private readonly Dictionary<Type, IMessage> _answers = [];
    private readonly Dictionary<(string Host, Type Reply), Func<IMessage, IMessage>> _answersByHost = [];
    private readonly Dictionary<Type, Func<IMessage, IMessage>> _answersFrom = [];
    private readonly Dictionary<string, Google.Rpc.Status> _refusalsByHost = [];
    private Google.Rpc.Status? _refusal;

    /// <summary>Every request sent, in order.</summary>
    public List<IMessage> Sent { get; } = [];

    /// <summary>Every request sent to a named service (a call's host), in order.</summary>
    public List<(string Host, IMessage Request)> SentTo { get; } = [];

    public void Answer(IMessage message) => _answers[message.GetType()] = message;

    /// <summary>Answers calls to one named service (a contract every service serves) from what was asked.</summary>
    public void AnswerOn<TRequest, TReply>(string host, Func<TRequest, TReply> answer)
        where TRequest : IMessage
        where TReply : IMessage => _answersByHost[(host, typeof(TReply))] = request => answer((TRequest)request);

    /// <summary>Answers every call that returns <typeparamref name="TReply"/> from what was asked (a page by its token).</summary>
    public void AnswerFrom<TRequest, TReply>(Func<TRequest, TReply> answer)
        where TRequest : IMessage
        where TReply : IMessage => _answersFrom[typeof(TReply)] = request => answer((TRequest)request);

    public void Refuse(Google.Rpc.Status status) => _refusal = status;

    public void RefuseOn(string host, Google.Rpc.Status status) => _refusalsByHost[host] = status;

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Sent.Add((IMessage)request!);
        if (host is not null)
        {
            SentTo.Add((host, (IMessage)request!));
        }

        var response = (_refusal ?? (host is null ? null : _refusalsByHost.GetValueOrDefault(host))) is { } refusal && method.Name is not ("GetQueueState" or "GetHall")
            ? Task.FromException<TResponse>(refusal.ToRpcException())
            : host is not null && _answersByHost.TryGetValue((host, typeof(TResponse)), out var answerOn)
                ? Task.FromResult((TResponse)answerOn((IMessage)request!))
                : _answersFrom.TryGetValue(typeof(TResponse), out var answerFrom)
                ? Task.FromResult((TResponse)answerFrom((IMessage)request!))
                : Task.FromResult(_answers.TryGetValue(typeof(TResponse), out var answer) ? (TResponse)answer : Activator.CreateInstance<TResponse>());
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
}
