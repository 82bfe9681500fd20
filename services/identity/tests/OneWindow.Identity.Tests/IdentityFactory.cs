using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Testing;

namespace OneWindow.Identity.Tests;

/// <summary>
/// The provider on its own database, with the console and notification registered as clients. Each test hires its own
/// workers into its own centre by publishing hr-payroll's events, as the register would. notification's SignInCodes and
/// intake's RealNames are stand-ins on loopback speaking the real contracts (<see cref="ResidentServices"/>); the
/// in-process server's connections come from 127.0.0.1, the gateway's address, so a test names its resident's address
/// in <c>X-Forwarded-For</c> as the gateway would.
/// </summary>
public sealed class IdentityFactory(PlatformServers servers) : ServiceFactory<Program>(servers, "identity")
{
    public const string ConsoleClient = "onewindow-console";
    public const string ConsoleSecret = "console-secret-for-tests";
    public const string NotificationSecret = "notification-secret-for-tests";
    public const string IdentitySecret = "identity-secret-for-tests";

    /// <summary>A service client that acts for no centre.</summary>
    public const string ReportsSecret = "reports-secret-for-tests";
    public static readonly Uri ConsoleRedirect = new("https://console.test/signin-oidc");

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Identity:Issuer", "http://localhost/"),
        new($"Identity:Clients:{ConsoleClient}:Secret", ConsoleSecret),
        new($"Identity:Clients:{ConsoleClient}:RedirectUris:0", ConsoleRedirect.ToString()),
        new("Identity:Clients:notification:Secret", NotificationSecret),
        new("Identity:Clients:reports:Secret", ReportsSecret),
        new("Identity:Clients:reports:Grants:0", "client_credentials"),
        new("Identity:Clients:identity:Secret", IdentitySecret),
        new("Identity:Residents:TrustedProxies:0", "127.0.0.1"),
        new("Services:notification:Grpc", Residents.Address),
        new("Services:intake:Grpc", Residents.Address),
    ];

    public ResidentServices Residents { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        Residents = await ResidentServices.StartAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Residents is not null)
        {
            await Residents.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FromTheGateway>());
    }

    public static string NewCentre() => $"c{Guid.NewGuid():N}"[..12];

    public static string NewStaffId(string centre) => $"{centre}-s{Guid.NewGuid():N}"[..24];

    /// <summary>A browser of its own: cookies kept, redirects shown rather than followed.</summary>
    public HttpClient NewBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient HrAdminOf(string centre) => ClientFor($"{centre}-hr", ["hr-admin"], centre);

    /// <summary>hr-payroll hires a worker; returns once the provider has made the account.</summary>
    public async Task HireAsync(string centre, string staffId, string[] roles)
    {
        await PublishAsync(new StaffHired { OccurredAt = TimeProvider.System.GetUtcNow(), Tenant = centre, StaffId = staffId, Department = Department.FrontWindows, Roles = roles });
        await EventuallyAsync(HrAdminOf(centre), $"/v1/accounts/{staffId}", account => account.GetProperty("roles").GetArrayLength() == roles.Length);
    }

    public async Task<string> IssueActivationCodeAsync(string centre, string staffId)
    {
        using var response = await HrAdminOf(centre).PostAsJsonAsync($"/v1/accounts/{staffId}:issue-activation-code", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadAsync()).Str("code");
    }

    /// <summary>Hired, given a code, activated with the password: an account that can sign in.</summary>
    public async Task<string> HireAndActivateAsync(string centre, string staffId, string[] roles, string password = SignInBrowser.Password)
    {
        await HireAsync(centre, staffId, roles);
        var code = await IssueActivationCodeAsync(centre, staffId);
        var page = await new SignInBrowser(this).ActivateAsync(staffId, code, password);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return password;
    }

    /// <summary>The reasons of the denials audited for an action on a subject (a staff id, a resident account, a masked number), oldest first.</summary>
    public async Task<List<string>> DenialsAsync(string action, string subjectId)
    {
        // The audit trail is under row-level security like any centre's data: read it as the district does.
        await using var connection = await OpenAppConnectionAsync(centre: null, districtWide: true);
        await using var command = new NpgsqlCommand("SELECT reason FROM audit_records WHERE action = $1 AND subject_id = $2 AND outcome = 'Denied' ORDER BY id", connection)
        {
            Parameters = { new NpgsqlParameter { Value = action }, new NpgsqlParameter { Value = subjectId } },
        };
        var reasons = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reasons.Add(reader.GetString(0));
        }

        return reasons;
    }

    /// <summary>The in-process server has no peer address; on the run stack the gateway at 127.0.0.1 is the peer.</summary>
    private sealed class FromTheGateway : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return following(context);
            });
            next(app);
        };
    }
}
