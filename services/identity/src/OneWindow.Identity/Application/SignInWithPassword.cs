using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Time;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Application;

/// <summary>
/// A member of staff signs in with employee number and password. Every outcome is audited; an unknown number and a
/// wrong password get the same answer and take the same time (the hash is checked either way). For the roles that need
/// a second factor the password is only the first step (<see cref="VerifySecondFactor"/>).
/// </summary>
public sealed class SignInWithPassword(IdentityDbContext db, IPasswordHasher<StaffAccount> hasher, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    // A real hash of nothing anybody types, so an unknown account costs what a known one does.
    private static readonly string UnknownAccountHash = new PasswordHasher<StaffAccount>().HashPassword(null!, Guid.NewGuid().ToString());

    public async Task<StaffAccount> RunAsync(string subject, string password, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Subject == subject, cancellationToken);
        if (account is null)
        {
            hasher.VerifyHashedPassword(null!, UnknownAccountHash, password);
            tenant.Set(Tenant.District);
            await audit.RecordDenialAsync(new AuditEntry("sign-in", AccountAudit.SubjectType, subject, "unknown-account"), cancellationToken);
            throw new SignInRefusedException(SignInRefusal.WrongCredentials, "wrong-credentials", "工号或密码不正确。");
        }

        tenant.Set(AccountAudit.TenantOf(account));
        try
        {
            account.EnsureMaySignIn(now, ChinaTime.Today(clock));
        }
        catch (SignInRefusedException refused)
        {
            await audit.RecordDenialAsync(new AuditEntry("sign-in", AccountAudit.SubjectType, subject, refused.Code), cancellationToken);
            throw;
        }

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash!, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var refusal = account.FailedSignIn(now);
            // The count must stick: saved before the denial is written (which starts a clean unit of work).
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordDenialAsync(new AuditEntry("sign-in", AccountAudit.SubjectType, subject, refusal.Code), cancellationToken);
            throw refusal;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.ChangePassword(hasher.HashPassword(account, password));
        }

        if (account.RequiresSecondFactor)
        {
            // Not signed in yet: the failures keep counting until the authenticator's code is right too.
            audit.Record(new AuditEntry("sign-in-password", AccountAudit.SubjectType, subject));
        }
        else
        {
            account.SignedIn(now);
            audit.Record(new AuditEntry("sign-in", AccountAudit.SubjectType, subject));
        }

        await db.SaveChangesAsync(cancellationToken);
        return account;
    }
}
