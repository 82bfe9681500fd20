using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Common.Errors;
using OneWindow.Identity.Application;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Http;

namespace OneWindow.Identity.Pages.Account;

/// <summary>修改密码: the current password, the new one twice; afterwards every other session signs in again.</summary>
[Authorize(AuthenticationSchemes = SignInCookie.Scheme)]
public sealed class PasswordModel(ChangePassword change) : PageModel
{
    [BindProperty]
    public string Current { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string Confirmation { get; set; } = string.Empty;

    public string? Refusal { get; private set; }

    public bool Changed { get; private set; }

    /// <summary>A resident has no password (they sign in by SMS code): their page is the account page.</summary>
    public IActionResult OnGet()
    {
        SignInPageHeaders.Apply(Response);
        return SignInCookie.ResidentOf(User) is null ? Page() : LocalRedirect("/account");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        if (SignInCookie.ResidentOf(User) is not null)
        {
            return LocalRedirect("/account");
        }

        if (string.IsNullOrEmpty(Current) || string.IsNullOrEmpty(Password))
        {
            Refusal = "请填写当前密码和新密码。";
            return Page();
        }

        if (Password != Confirmation)
        {
            Refusal = "两次输入的新密码不一致。";
            return Page();
        }

        try
        {
            await change.RunAsync(User.FindFirst(PlatformClaims.Subject)!.Value, Current, Password, cancellationToken);
        }
        catch (SignInRefusedException locked)
        {
            // Locked while signed in: the session ends with the account's.
            await HttpContext.SignOutAsync(SignInCookie.Scheme);
            Refusal = locked.Message;
            return Page();
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
            return Page();
        }

        Changed = true;
        return Page();
    }
}
