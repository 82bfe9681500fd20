using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using OneWindow.Intake.V1;
using OneWindow.Notification.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Testing;

namespace OneWindow.Identity.Tests;

/// <summary>
/// notification's SignInCodes and intake's RealNames on a loopback port (HTTP/2), speaking the real contracts: the
/// texts "sent" are kept per number (as the local SMS adapter's file keeps them), the register is what a test puts
/// in it, and each call is answered only for a token with the identity service's role, as the real services do.
/// </summary>
public sealed class ResidentServices : IAsyncDisposable
{
    private WebApplication? _app;

    private ResidentServices(string address) => Address = address;

    public string Address { get; }

    /// <summary>Every code texted, per 11-digit number, oldest first.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<string>> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>The register: (name, ID number) → (resident id, centre).</summary>
    public ConcurrentDictionary<(string Name, string IdNumber), (Guid ResidentId, string Centre)> Register { get; } = new();

    /// <summary>The roles of every caller's token, for the assertion that identity called as itself.</summary>
    public ConcurrentQueue<string[]> CallerRoles { get; } = new();

    public static async Task<ResidentServices> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        // Not the service's appsettings.json beside the test assembly (its Kestrel endpoints).
        builder.Configuration.Sources.Clear();
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Logging.ClearProviders();
        var services = new ResidentServices($"http://localhost:{port}");
        builder.Services.AddSingleton(services);
        services._app = builder.Build();
        services._app.MapGrpcService<SignInCodesStandIn>();
        services._app.MapGrpcService<RealNamesStandIn>();
        await services._app.StartAsync();
        return services;
    }

    /// <summary>The last code texted to a number.</summary>
    public string LastCodeTo(string phone) =>
        Texts.TryGetValue(phone, out var codes) && codes.LastOrDefault() is { } code ? code : throw new Xunit.Sdk.XunitException($"No code was texted to {phone}.");

    public int TextsTo(string phone) => Texts.TryGetValue(phone, out var codes) ? codes.Count : 0;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private void Authorize(ServerCallContext context)
    {
        var header = context.RequestHeaders.GetValue("authorization") ?? string.Empty;
        var roles = header.StartsWith("Bearer ", StringComparison.Ordinal)
            ? new JsonWebToken(header["Bearer ".Length..]).Claims.Where(c => c.Type == "role").Select(c => c.Value).ToArray()
            : [];
        CallerRoles.Enqueue(roles);
        if (!roles.Contains(PlatformRoles.IdentityService))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "identity-service only"));
        }
    }

    private sealed class SignInCodesStandIn(ResidentServices services) : SignInCodes.SignInCodesBase
    {
        public override Task<SendSignInCodeReply> SendSignInCode(SendSignInCodeRequest request, ServerCallContext context)
        {
            services.Authorize(context);
            services.Texts.GetOrAdd(request.Phone, _ => new ConcurrentQueue<string>()).Enqueue(request.Code);
            return Task.FromResult(new SendSignInCodeReply { MessageId = $"stand-in-{Guid.NewGuid():N}" });
        }
    }

    private sealed class RealNamesStandIn(ResidentServices services) : RealNames.RealNamesBase
    {
        public override Task<MatchResidentReply> MatchResident(MatchResidentRequest request, ServerCallContext context)
        {
            services.Authorize(context);
            return Task.FromResult(services.Register.TryGetValue((request.Name, request.IdNumber), out var found)
                ? new MatchResidentReply { Matched = true, ResidentId = found.ResidentId.ToString(), Centre = found.Centre }
                : new MatchResidentReply { Matched = false });
        }
    }
}
