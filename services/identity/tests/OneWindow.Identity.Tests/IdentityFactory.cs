using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Testing;

namespace OneWindow.Identity.Tests;

/// <summary>
/// The provider on its own database, with the console and notification registered as clients. Each test hires its own
/// workers into its own centre by publishing hr-payroll's events, as the register would.
/// </summary>
public sealed class IdentityFactory(PlatformServers servers) : ServiceFactory<Program>(servers, "identity")
{
    public const string ConsoleClient = "onewindow-console";
    public const string ConsoleSecret = "console-secret-for-tests";
    public const string NotificationSecret = "notification-secret-for-tests";

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
    ];

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
}
