using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Domain.Residents;
using OneWindow.Identity.Http;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Pages.Account;

/// <summary>Who is signed in on the provider (我的账号), with the way out; where a sign-in lands when no application asked.</summary>
[Authorize(AuthenticationSchemes = SignInCookie.Scheme)]
public sealed class IndexModel(IdentityDbContext db) : PageModel
{
    /// <summary>A member of staff's account; null for a resident.</summary>
    public StaffAccount? Account { get; private set; }

    /// <summary>A resident's account; null for a member of staff.</summary>
    public ResidentAccount? Resident { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        SignInPageHeaders.Apply(Response);
        if (SignInCookie.ResidentOf(User) is { } residentAccount)
        {
            Resident = await db.ResidentAccounts.FindAsync([residentAccount], cancellationToken);
            return Resident is null ? Challenge(SignInCookie.Scheme) : Page();
        }

        var subject = User.FindFirst(PlatformClaims.Subject)?.Value;
        if (subject is null || await db.StaffAccounts.FindAsync([subject], cancellationToken) is not { } account)
        {
            return Challenge(SignInCookie.Scheme);
        }

        Account = account;
        return Page();
    }
}
