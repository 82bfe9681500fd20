using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Common.Errors;
using OneWindow.Identity.Application;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Http;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Pages.Account;

/// <summary>
/// 动态口令: the authenticator's code after the password. The first time, the page gives the key to add to an
/// authenticator app (身份验证器) and takes its first code as the proof that it was added.
/// </summary>
[Authorize(AuthenticationSchemes = SecondFactorCookie.Scheme)]
public sealed class SecondFactorModel(VerifySecondFactor verify, IdentityDbContext db) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The key being enrolled, shown until its first code is right; null once the account has one.</summary>
    public string? EnrolmentKey { get; private set; }

    public string? KeyUri { get; private set; }

    public string? Refusal { get; private set; }

    private string Subject => User.FindFirst(PlatformClaims.Subject)!.Value;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        await ShowEnrolmentAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        var enrolling = User.FindFirst(SecondFactorCookie.EnrolmentClaim)?.Value;
        try
        {
            await verify.RunAsync(Subject, Code, enrolling, cancellationToken);
        }
        catch (SignInRefusedException refused) when (refused.Reason != SignInRefusal.WrongCredentials)
        {
            // Locked (or closed) between the two steps: start again from the password, later.
            await HttpContext.SignOutAsync(SecondFactorCookie.Scheme);
            Refusal = refused.Message;
            return Page();
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
            await ShowEnrolmentAsync(cancellationToken);
            return Page();
        }

        await HttpContext.SignOutAsync(SecondFactorCookie.Scheme);
        await SignInCookie.SignInAsync(HttpContext, Subject);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
    }

    /// <summary>An account without a key gets one to enrol, the same across reloads (it travels in the step's cookie).</summary>
    private async Task ShowEnrolmentAsync(CancellationToken cancellationToken)
    {
        if (await db.StaffAccounts.FindAsync([Subject], cancellationToken) is not { TotpSecretProtected: null })
        {
            return;
        }

        EnrolmentKey = User.FindFirst(SecondFactorCookie.EnrolmentClaim)?.Value;
        if (EnrolmentKey is null)
        {
            EnrolmentKey = VerifySecondFactor.NewKey();
            await SecondFactorCookie.SignInAsync(HttpContext, Subject, EnrolmentKey);
        }

        KeyUri = VerifySecondFactor.KeyUri(Subject, EnrolmentKey);
    }
}
