using Google.Protobuf;
using Grpc.Core;

namespace OneWindow.Web.Tests.Components;

/// <summary>
/// Answers as <see cref="AnsweringInvoker"/> does, except one method whose answers wait until the test releases them,
/// the first call's with the first release and so on: the page can be seen while a long call is under way, without
/// timing anything.
/// </summary>
internal sealed class HoldingInvoker(AnsweringInvoker answers, string heldMethod) : CallInvoker
{
    private readonly List<TaskCompletionSource<IMessage>> _held = [];
    private int _calls;
    private int _releases;

    public void Release(IMessage answer) => Held(_releases++).SetResult(answer);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        if (method.Name != heldMethod)
        {
            return answers.AsyncUnaryCall(method, host, options, request);
        }

        answers.Sent.Add((IMessage)request!);
        var response = Held(_calls++).Task.ContinueWith(answer => (TResponse)answer.Result, TaskScheduler.Default);
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    private TaskCompletionSource<IMessage> Held(int call)
    {
        lock (_held)
        {
            while (_held.Count <= call)
            {
                _held.Add(new TaskCompletionSource<IMessage>(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            return _held[call];
        }
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
}
