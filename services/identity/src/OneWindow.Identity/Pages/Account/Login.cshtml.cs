using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Common.Errors;
using OneWindow.Identity.Application;
using OneWindow.Identity.Http;

namespace OneWindow.Identity.Pages.Account;

/// <summary>The sign-in page (工作人员登录): employee number and password, then back to the application that asked.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInWithPassword signIn) : PageModel
{
    [BindProperty]
    public string StaffId { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Activated { get; set; }

    public string? Refusal { get; private set; }

    public void OnGet() => SignInPageHeaders.Apply(Response);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        if (string.IsNullOrWhiteSpace(StaffId) || string.IsNullOrEmpty(Password))
        {
            Refusal = "请输入工号和密码。";
            return Page();
        }

        try
        {
            var account = await signIn.RunAsync(StaffId.Trim(), Password, cancellationToken);
            if (account.RequiresSecondFactor)
            {
                await SecondFactorCookie.SignInAsync(HttpContext, account.Subject);
                return RedirectToPage("SecondFactor", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
            }

            await SignInCookie.SignInAsync(HttpContext, account.Subject);
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
            Password = string.Empty;
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
    }
}
