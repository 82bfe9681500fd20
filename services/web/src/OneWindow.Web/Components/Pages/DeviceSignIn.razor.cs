using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// A kiosk, rating pad or hall display signs in (RFC 8628): the screen shows a code, the centre's director approves it
/// on the provider's page naming the device, and at the next visit the console exchanges the device code and starts the
/// device's session. The pending flow is kept in a sealed cookie of this browser only.
/// </summary>
public sealed partial class DeviceSignIn
{
    private const string FlowCookie = "onewindow-device-flow";

    private DeviceAuthorization? _waiting;
    private bool _refused;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [Inject]
    private ProviderClient Provider { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDataProtectionProvider Protection { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    /// <summary>The page a device of each kind shows.</summary>
    public static string PageOf(string? kind) => kind switch
    {
        "kiosk" => "/kiosk",
        "rating-pad" => "/pad",
        "hall-display" => "/display",
        _ => "/denied",
    };

    protected override async Task OnInitializedAsync()
    {
        if (HttpContext.User.IsDevice())
        {
            Navigation.NavigateTo(PageOf(HttpContext.User.DeviceKind()));
            return;
        }

        var protector = Protection.CreateProtector(FlowCookie);
        var pending = Read(protector);
        if (pending is null || pending.ExpiresAt <= Clock.GetUtcNow())
        {
            var started = await Provider.StartDeviceFlowAsync(HttpContext.RequestAborted);
            Write(protector, new PendingFlow(started, Clock.GetUtcNow().AddSeconds(started.ExpiresIn)));
            _waiting = started;
            return;
        }

        var poll = await Provider.PollDeviceAsync(pending.Authorization.DeviceCode, HttpContext.RequestAborted);
        if (poll.Tokens is { } tokens)
        {
            HttpContext.Response.Cookies.Delete(FlowCookie);
            var device = await ConsoleSignIn.SignInDeviceAsync(HttpContext, tokens);
            Navigation.NavigateTo(PageOf(device.DeviceKind()));
        }
        else if (poll.Refused)
        {
            HttpContext.Response.Cookies.Delete(FlowCookie);
            _refused = true;
        }
        else
        {
            _waiting = pending.Authorization;
        }
    }

    private PendingFlow? Read(IDataProtector protector)
    {
        if (HttpContext.Request.Cookies[FlowCookie] is not { } sealedFlow)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PendingFlow>(protector.Unprotect(sealedFlow));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // A cookie of keys long rotated away, or tampered with: start again.
            return null;
        }
    }

    private void Write(IDataProtector protector, PendingFlow flow) =>
        HttpContext.Response.Cookies.Append(FlowCookie, protector.Protect(JsonSerializer.Serialize(flow)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = HttpContext.Request.IsHttps,
            MaxAge = TimeSpan.FromMinutes(30),
        });

    private sealed record PendingFlow(DeviceAuthorization Authorization, DateTimeOffset ExpiresAt);
}
