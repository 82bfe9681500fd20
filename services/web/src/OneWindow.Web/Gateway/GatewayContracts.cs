using System.Collections.Concurrent;
using Google.Api;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.Extensions.Options;

namespace OneWindow.Web.Gateway;

/// <summary>
/// The RPCs the console calls, found by the names a generated client gives (<c>onewindow.intake.v1.Queue</c>,
/// <c>CallNext</c>). The gateway's prefix is the service's folder in protos/, where the contract's file lives
/// (<c>intake/v1/queue.proto</c> → <c>/api/intake</c>, <c>policy-law/v1/catalogue.proto</c> → <c>/api/policy-law</c>).
/// </summary>
public sealed class GatewayContracts(IOptions<GatewayContractOptions> options)
{
    private readonly Dictionary<string, ServiceDescriptor> _services = options.Value.Services.ToDictionary(service => service.FullName, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Service, string Method), GatewayContract> _contracts = new();

    public GatewayContract Find(string service, string method) => _contracts.GetOrAdd((service, method), key =>
    {
        var descriptor = _services.TryGetValue(key.Service, out var found)
            ? found.FindMethodByName(key.Method) ?? throw new InvalidOperationException($"{key.Service} has no method {key.Method}.")
            : throw new InvalidOperationException($"{key.Service} is not among the console's gateway clients.");
        var rule = descriptor.GetOptions()?.GetExtension(AnnotationsExtensions.Http)
            ?? throw new InvalidOperationException($"{descriptor.FullName} has no JSON face (google.api.http): the gateway does not serve it.");
        var folder = descriptor.Service.File.Name.Split('/')[0];
        return new GatewayContract(descriptor, rule, "/api/" + folder, options.Value.PublicMethods.Contains($"{key.Service}/{key.Method}"));
    });
}
