using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Identity.Persistence;
using OneWindow.Identity.V1;

namespace OneWindow.Identity.Application;

/// <summary>
/// Accounts as the HR office and the director see them. The directory holds every centre's accounts, so the centre
/// is checked here: another centre's account is answered as one that does not exist.
/// </summary>
public sealed class AccountReader(IdentityDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Account> GetAsync(string staffId, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var account = await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Subject == staffId && a.Centre == centre, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "account-not-found", $"本中心没有工号为 {staffId} 的账号。", "staff_id");
        var now = clock.GetUtcNow();
        var reply = new Account
        {
            StaffId = account.Subject,
            Centre = account.Centre ?? string.Empty,
            Status = account.HasLeft(ChinaTime.Today(clock)) ? AccountStatus.Closed
                : account.LockedUntil > now ? AccountStatus.Locked
                : account.Status == Domain.Accounts.AccountStatus.Active ? AccountStatus.Active
                : AccountStatus.AwaitingActivation,
            LastSignInAt = Wire.Instant(account.LastSignInAt),
            LastDay = Wire.Day(account.LastDay),
            RequiresSecondFactor = account.RequiresSecondFactor,
        };
        reply.Roles.AddRange(account.Roles);
        return reply;
    }
}
