using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace OneWindow.Web.Gateway;

/// <summary>
/// Carries the generated gRPC clients' unary calls over the gateway's JSON faces (gRPC JSON transcoding): the page
/// writes <c>await queue.CallNextAsync(request)</c> as any gRPC caller would, and the call goes through the gateway
/// as <c>POST /api/intake/v1/windows/3:call-next</c> with the user's token, where the gateway authenticates,
/// rate-limits and checks the centre as for every other client. The route comes from the method's
/// <c>google.api.http</c> option in protos/, so no address is written twice. Refusals come back as the
/// <see cref="RpcException"/> the service raised (its status, message and details), so a page handles a refusal the
/// same way whichever face carried it. A contract every service serves alike (protos/audit) is called on one service
/// by naming it as the call's host, gRPC's own word for one of the services behind one address:
/// <c>auditTrail.WithHost("review").SearchAuditAsync(…)</c> goes to <c>/api/review/v1/audit</c>.
/// </summary>
public sealed class GatewayCallInvoker(HttpClient http, GatewayContracts contracts, IGatewayCredentials credentials) : CallInvoker
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));
    private static readonly JsonParser StatusParser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true)
        .WithTypeRegistry(TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor)));

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var response = SendAsync(method, host, options, request);
        return new AsyncUnaryCall<TResponse>(
            response,
            Task.FromResult(new Metadata()),
            () => response.IsCompletedSuccessfully ? Status.DefaultSuccess : new Status(StatusCode.Unknown, string.Empty),
            () => [],
            () => { });
    }

    /// <summary>A page never blocks its circuit's thread on a call.</summary>
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException($"Call {method.FullName} asynchronously.");

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException($"{method.FullName} streams; the gateway's JSON faces carry unary calls only.");

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException($"{method.FullName} streams; the gateway's JSON faces carry unary calls only.");

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException($"{method.FullName} streams; the gateway's JSON faces carry unary calls only.");

    private async Task<TResponse> SendAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
        where TRequest : class
        where TResponse : class
    {
        var contract = contracts.Find(method.ServiceName, method.Name);
        using var message = TranscodedRequest.For(contract, GatewayContract.PrefixFor(contract, host), (IMessage)request);
        if (await credentials.AccessTokenAsync(options.CancellationToken) is { } token)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (!contract.Public)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "The session has ended: sign in again."));
        }

        foreach (var header in options.Headers ?? [])
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (options.Deadline is { } deadline && deadline != DateTime.MaxValue)
        {
            timeout.CancelAfter(deadline - DateTime.UtcNow);
        }

        using var response = await http.SendAsync(message, timeout.Token);
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw Refusal(response.StatusCode, body);
        }

        return (TResponse)Parser.Parse(body, contract.Method.OutputType);
    }

    /// <summary>The service's google.rpc.Status when the answer carries one; otherwise (the gateway refused) its status code.</summary>
    private static RpcException Refusal(HttpStatusCode status, string body)
    {
        try
        {
            var rpcStatus = StatusParser.Parse<Google.Rpc.Status>(body);
            if (rpcStatus.Code != 0)
            {
                return rpcStatus.ToRpcException();
            }
        }
        catch (InvalidProtocolBufferException)
        {
            // Problem details from the gateway (401, 429), or no body.
        }
        catch (InvalidJsonException)
        {
            // Not JSON at all: a proxy's error page.
        }

        return new RpcException(new Status(GrpcStatusOf(status), $"The gateway answered {(int)status}."));
    }

    /// <summary>The gRPC status a plain HTTP answer of the gateway stands for.</summary>
    internal static StatusCode GrpcStatusOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.InvalidArgument,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.NotFound,
        HttpStatusCode.Conflict => StatusCode.AlreadyExists,
        HttpStatusCode.UnprocessableEntity => StatusCode.FailedPrecondition,
        HttpStatusCode.TooManyRequests => StatusCode.ResourceExhausted,
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Internal,
    };

    /// <summary>The HTTP request the method's <c>google.api.http</c> rule describes for one message.</summary>
    private static class TranscodedRequest
    {
        public static HttpRequestMessage For(GatewayContract contract, string prefix, IMessage request)
        {
            var rule = contract.Rule;
            var (verb, template) = rule.PatternCase switch
            {
                HttpRule.PatternOneofCase.Get => (HttpMethod.Get, rule.Get),
                HttpRule.PatternOneofCase.Post => (HttpMethod.Post, rule.Post),
                HttpRule.PatternOneofCase.Put => (HttpMethod.Put, rule.Put),
                HttpRule.PatternOneofCase.Patch => (HttpMethod.Patch, rule.Patch),
                HttpRule.PatternOneofCase.Delete => (HttpMethod.Delete, rule.Delete),
                _ => throw new NotSupportedException($"{contract.Method.FullName} has no HTTP rule the console understands."),
            };

            var bound = new HashSet<string>(StringComparer.Ordinal);
            var path = new StringBuilder(prefix);
            var at = 0;
            while (template.IndexOf('{', at) is var open and >= 0)
            {
                var close = template.IndexOf('}', open);
                path.Append(template, at, open - at);
                var field = template[(open + 1)..close].Split('=')[0];
                bound.Add(field);
                path.Append(Uri.EscapeDataString(ScalarText(request, contract.Method.InputType.FindFieldByName(field))));
                at = close + 1;
            }

            path.Append(template, at, template.Length - at);
            var message = new HttpRequestMessage(verb, path.ToString());
            if (rule.Body == "*")
            {
                message.Content = new StringContent(Formatter.Format(request), Encoding.UTF8, "application/json");
            }
            else
            {
                var query = string.Join('&', contract.Method.InputType.Fields.InFieldNumberOrder()
                    .Where(field => !bound.Contains(field.Name))
                    .SelectMany(field => QueryValues(request, field).Select(value => $"{field.JsonName}={Uri.EscapeDataString(value)}")));
                if (query.Length > 0)
                {
                    message.RequestUri = new Uri(path + "?" + query, UriKind.Relative);
                }
            }

            return message;
        }

        private static IEnumerable<string> QueryValues(IMessage request, FieldDescriptor field)
        {
            var value = field.Accessor.GetValue(request);
            if (field.IsRepeated)
            {
                return ((System.Collections.IEnumerable)value).Cast<object>().Select(item => Text(field, item));
            }

            return field.HasPresence ? (field.Accessor.HasValue(request) ? [Text(field, value)] : []) : IsDefault(field, value) ? [] : [Text(field, value)];
        }

        private static string ScalarText(IMessage request, FieldDescriptor field) => Text(field, field.Accessor.GetValue(request));

        private static string Text(FieldDescriptor field, object value) => field.FieldType switch
        {
            FieldType.Enum => field.EnumType.FindValueByNumber((int)value)?.Name ?? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
            FieldType.Bool => (bool)value ? "true" : "false",
            // Wrappers (StringValue, Int32Value) come unwrapped as their value; other messages as their JSON text.
            FieldType.Message when value is IMessage message => Formatter.Format(message).Trim('"'),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        };

        private static bool IsDefault(FieldDescriptor field, object value) => field.FieldType switch
        {
            FieldType.String => ((string)value).Length == 0,
            FieldType.Bool => !(bool)value,
            FieldType.Enum => (int)value == 0,
            FieldType.Message => value is null,
            FieldType.Bytes => ((ByteString)value).IsEmpty,
            _ => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) == 0,
        };
    }
}
