using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Http;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Pages.Account;

/// <summary>Who is signed in on the provider (我的账号), with the way out; where a sign-in lands when no application asked.</summary>
[Authorize(AuthenticationSchemes = SignInCookie.Scheme)]
public sealed class IndexModel(IdentityDbContext db) : PageModel
{
    public StaffAccount Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        var subject = User.FindFirst(PlatformClaims.Subject)?.Value;
        if (subject is null || await db.StaffAccounts.FindAsync([subject], cancellationToken) is not { } account)
        {
            return Challenge(SignInCookie.Scheme);
        }

        Account = account;
        return Page();
    }
}
