using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Common.Errors;
using OneWindow.Identity.Application;
using OneWindow.Identity.Domain.Devices;
using OneWindow.Identity.Http;
using OneWindow.Identity.Pages.Account;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace OneWindow.Identity.Pages.Connect;

/// <summary>
/// 设备登录批准: the director types the code a kiosk, rating pad or hall display shows (or follows the link it shows),
/// names the device and, for a rating pad, its window, and approves; the device's next poll gets its tokens.
/// </summary>
[Authorize(AuthenticationSchemes = SignInCookie.Scheme)]
public sealed class VerifyModel(ApproveDevice approve, TokenPrincipals principals) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user_code")]
    public string? UserCode { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Kind { get; set; } = DeviceApproval.Kinds[0];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Window { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Approved { get; set; }

    /// <summary>A code was given and OpenIddict knows it: the approval form shows.</summary>
    public bool CodeIsPending { get; private set; }

    public string? Refusal { get; private set; }

    public static IReadOnlyDictionary<string, string> KindNames { get; } = new Dictionary<string, string>
    {
        ["kiosk"] = "取号机",
        ["rating-pad"] = "评价器",
        ["hall-display"] = "叫号屏",
    };

    public async Task<IActionResult> OnGetAsync()
    {
        SignInPageHeaders.Apply(Response);
        if (!string.IsNullOrWhiteSpace(UserCode))
        {
            CodeIsPending = (await PendingRequestAsync()) is not null;
            Refusal = CodeIsPending ? null : "该设备代码无效或已过期，请让设备重新显示代码。";
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        var pending = await PendingRequestAsync();
        if (pending is null)
        {
            Refusal = "该设备代码无效或已过期，请让设备重新显示代码。";
            return Page();
        }

        CodeIsPending = true;
        try
        {
            var device = await approve.RunAsync(User.FindFirst(PlatformClaims.Subject)!.Value, Number, Kind, Name, Window, cancellationToken);
            var properties = new AuthenticationProperties { RedirectUri = $"/connect/verify?approved={Uri.EscapeDataString(device.Subject)}" };
            return SignIn(principals.ForDevice(device, pending.GetScopes()), properties, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
            CodeIsPending = refused.Kind != DomainErrorKind.Forbidden;
            return Page();
        }
    }

    /// <summary>The device's request behind the user code, as OpenIddict validated it; null when unknown or expired.</summary>
    private async Task<System.Security.Claims.ClaimsPrincipal?> PendingRequestAsync()
    {
        var result = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return result.Succeeded && !string.IsNullOrEmpty(result.Principal.GetClaim(OpenIddictConstants.Claims.ClientId)) ? result.Principal : null;
    }
}
