using FluentValidation;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace OneWindow.Testing.Hosting;

/// <summary>
/// Every RPC the service's real host maps refuses bad input before its use case runs: the request message of each
/// one has a validator registered (the validation interceptor runs only those it finds). A request with no fields
/// has nothing to check. A service's test project derives one class from this.
/// </summary>
/// <typeparam name="TProgram">The service's entry point.</typeparam>
public abstract class EveryRequestValidatedTests<TProgram> : IAsyncLifetime
    where TProgram : class
{
    private readonly ServiceFactory<TProgram> _host;

    /// <param name="host">The service's factory, as its functional tests start it.</param>
    protected EveryRequestValidatedTests(ServiceFactory<TProgram> host)
    {
        _host = host;
    }

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Every_request_with_fields_of_every_rpc_the_host_maps_has_a_validator()
    {
        var requests = RequestsOfMappedRpcs();
        Assert.NotEmpty(requests);

        using var scope = _host.Services.CreateScope();
        var missing = requests
            .Where(r => Descriptor(r).Fields.InDeclarationOrder().Count > 0)
            .Where(r => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(r)) is null)
            .Select(r => Descriptor(r).FullName)
            .Order()
            .ToList();

        Assert.True(missing.Count == 0, $"These requests have no validator: {string.Join(", ", missing)}");
    }

    /// <summary>The request message types of the gRPC methods among the host's endpoints (JSON-transcoded routes included).</summary>
    private List<Type> RequestsOfMappedRpcs() => _host.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>())
        .OfType<GrpcMethodMetadata>()
        // gRPC's own health and reflection services (grpc.*) take requests the platform does not define.
        .Where(m => !m.Method.ServiceName.StartsWith("grpc.", StringComparison.Ordinal))
        .Select(m => m.Method.GetType().GetGenericArguments()[0])
        .Distinct()
        .ToList();

    private static MessageDescriptor Descriptor(Type message) =>
        (MessageDescriptor)message.GetProperty(nameof(IMessage.Descriptor), System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
}
