using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using OneWindow.Intake.V1;
using OneWindow.Testing;

namespace OneWindow.Notification.Tests;

/// <summary>
/// intake's Contacts on a loopback port (HTTP/2), answering from what a test registered, per centre as intake's
/// row-level security would, and remembering who asked: the role and centre of each caller's token.
/// </summary>
public sealed class FakeIntake : IAsyncDisposable
{
    private WebApplication? _app;

    private FakeIntake(string address) => Address = address;

    public string Address { get; }

    public ConcurrentDictionary<(string Centre, Guid Resident), ResidentContact> Residents { get; } = new();

    public ConcurrentDictionary<(string Centre, Guid Household), HouseholdContact> Households { get; } = new();

    /// <summary>(role claims, tenant claim, purpose) of every call.</summary>
    public ConcurrentQueue<(string[] Roles, string? Tenant, string Purpose)> Calls { get; } = new();

    /// <summary>When set, every call fails with Unavailable (intake down).</summary>
    public bool Down { get; set; }

    public static async Task<FakeIntake> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        // Not the service's appsettings.json beside the test assembly (its Kestrel endpoints).
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Logging.ClearProviders();
        var intake = new FakeIntake($"http://localhost:{port}");
        builder.Services.AddSingleton(intake);
        intake._app = builder.Build();
        intake._app.MapGrpcService<ContactsStandIn>();
        await intake._app.StartAsync();
        return intake;
    }

    public void AddResident(string centre, Guid residentId, Guid householdId, string phone, string grid = "JP-G02", string address = "杨浦区江浦路100弄5号301室")
    {
        Residents[(centre, residentId)] = new ResidentContact
        {
            ResidentId = residentId.ToString(), HouseholdId = householdId.ToString(), Name = "王建国", Phone = phone, Address = address, Grid = grid,
        };
        Households[(centre, householdId)] = new HouseholdContact { HouseholdId = householdId.ToString(), Address = address, Grid = grid };
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed class ContactsStandIn(FakeIntake intake) : Contacts.ContactsBase
    {
        public override Task<ResidentContact> GetResidentContact(GetResidentContactRequest request, ServerCallContext context) =>
            Answer(context, request.Purpose, centre => intake.Residents.TryGetValue((centre, Guid.Parse(request.ResidentId)), out var contact) ? contact : null);

        public override Task<HouseholdContact> GetHouseholdContact(GetHouseholdContactRequest request, ServerCallContext context) =>
            Answer(context, request.Purpose, centre => intake.Households.TryGetValue((centre, Guid.Parse(request.HouseholdId)), out var contact) ? contact : null);

        private Task<T> Answer<T>(ServerCallContext context, string purpose, Func<string, T?> find)
            where T : class
        {
            var header = context.RequestHeaders.GetValue("authorization") ?? string.Empty;
            var token = new JsonWebToken(header["Bearer ".Length..]);
            var roles = token.Claims.Where(c => c.Type == "role").Select(c => c.Value).ToArray();
            var tenant = token.Claims.FirstOrDefault(c => c.Type == "tenant")?.Value;
            intake.Calls.Enqueue((roles, tenant, purpose));
            if (intake.Down)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, "intake is down"));
            }

            return find(tenant ?? string.Empty) is { } found
                ? Task.FromResult(found)
                : throw new RpcException(new Status(StatusCode.NotFound, "no such resident in this centre"));
        }
    }
}
