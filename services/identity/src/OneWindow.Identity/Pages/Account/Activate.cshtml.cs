using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Common.Errors;
using OneWindow.Identity.Application;

namespace OneWindow.Identity.Pages.Account;

/// <summary>The first sign-in (激活账号): the activation code from the HR office and a password of the worker's own.</summary>
[AllowAnonymous]
public sealed class ActivateModel(ActivateAccount activate) : PageModel
{
    [BindProperty]
    public string StaffId { get; set; } = string.Empty;

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string Confirmation { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Refusal { get; private set; }

    public void OnGet() => SignInPageHeaders.Apply(Response);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        if (string.IsNullOrWhiteSpace(StaffId) || string.IsNullOrWhiteSpace(Code) || string.IsNullOrEmpty(Password))
        {
            Refusal = "请填写工号、激活码和新密码。";
            return Page();
        }

        if (Password != Confirmation)
        {
            Refusal = "两次输入的密码不一致。";
            return Page();
        }

        try
        {
            await activate.RunAsync(StaffId.Trim(), Code, Password, cancellationToken);
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
            return Page();
        }

        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        return RedirectToPage("Login", new { activated = true, returnUrl = back });
    }
}
