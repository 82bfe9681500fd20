using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Common.Errors;
using OneWindow.Identity.Application;
using OneWindow.Identity.Http;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Pages.Account;

/// <summary>
/// 实名认证: a signed-in resident binds their account to their record in the register, once, by name and resident ID
/// number. A wrong name and a number the register does not know read the same.
/// </summary>
[Authorize(AuthenticationSchemes = SignInCookie.Scheme)]
public sealed class BindModel(BindRealName bind, IdentityDbContext db) : PageModel
{
    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public string IdNumber { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The centre of the record the account is bound to; null while unbound.</summary>
    public string? BoundCentre { get; private set; }

    public string? Refusal { get; private set; }

    public string? ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        if (SignInCookie.ResidentOf(User) is not { } accountId || await db.ResidentAccounts.FindAsync([accountId], cancellationToken) is not { } account)
        {
            return RedirectToPage("Resident", new { returnUrl = ContinueUrl });
        }

        BoundCentre = account.Centre;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        if (SignInCookie.ResidentOf(User) is not { } accountId)
        {
            return RedirectToPage("Resident", new { returnUrl = ContinueUrl });
        }

        try
        {
            BoundCentre = (await bind.RunAsync(accountId, Name, IdNumber, cancellationToken)).Centre;
        }
        catch (DomainException refused)
        {
            Refusal = refused.Message;
            BoundCentre = refused.Code == "already-bound" ? string.Empty : null;
            return Page();
        }
        catch (DependencyUnavailableException unavailable)
        {
            Refusal = unavailable.Message;
            return Page();
        }

        return ContinueUrl is { } next ? LocalRedirect(next) : Page();
    }
}
