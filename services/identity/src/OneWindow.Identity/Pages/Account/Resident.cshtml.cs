using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Identity.Application;
using OneWindow.Identity.Http;

namespace OneWindow.Identity.Pages.Account;

/// <summary>
/// 居民登录: a mobile number, a code texted to it, and back to the application that asked. One page for both steps:
/// the number stays in the form (never in an address, where logs and histories would keep it).
/// </summary>
[AllowAnonymous]
public sealed class ResidentModel(RequestSignInCode request, SignInWithSmsCode signIn, ClientAddress address) : PageModel
{
    [BindProperty]
    public string Phone { get; set; } = string.Empty;

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    /// <summary><c>send</c> (a code, again or the first time) or <c>verify</c> (the code typed).</summary>
    [BindProperty]
    public string Step { get; set; } = "send";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The number the code went to, masked; null before a code was sent.</summary>
    public string? SentTo { get; private set; }

    public string? Refusal { get; private set; }

    public void OnGet() => SignInPageHeaders.Apply(Response);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        if (string.IsNullOrWhiteSpace(Phone))
        {
            Refusal = "请输入手机号码。";
            return Page();
        }

        if (Step == "verify")
        {
            return await VerifyAsync(cancellationToken);
        }

        try
        {
            SentTo = Masking.Phone(await request.RunAsync(Phone, address.Of(HttpContext), cancellationToken));
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
        }
        catch (DependencyUnavailableException unavailable)
        {
            Refusal = unavailable.Message;
        }

        return Page();
    }

    private async Task<IActionResult> VerifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var account = await signIn.RunAsync(Phone, Code, cancellationToken);
            await SignInCookie.SignInResidentAsync(HttpContext, account.Id);
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
            // Still on the code step: the resident types another, or asks for a new one.
            SentTo = Masking.Phone(Phone.Trim());
            Code = string.Empty;
            return Page();
        }
        catch (DependencyUnavailableException unavailable)
        {
            Refusal = unavailable.Message;
            SentTo = Masking.Phone(Phone.Trim());
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
    }
}
