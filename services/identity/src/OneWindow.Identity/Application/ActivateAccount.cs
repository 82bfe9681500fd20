using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Application;

/// <summary>
/// A worker's first sign-in: the activation code from the HR office and a password of their own. A wrong code counts
/// as a wrong password (five lock the account), so codes cannot be guessed; an unknown number is answered as a wrong code.
/// </summary>
public sealed class ActivateAccount(IdentityDbContext db, IPasswordHasher<StaffAccount> hasher, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    public async Task RunAsync(string subject, string code, string password, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Subject == subject, cancellationToken);
        if (account is null)
        {
            tenant.Set(Tenant.District);
            await audit.RecordDenialAsync(new AuditEntry("activate", AccountAudit.SubjectType, subject, "unknown-account"), cancellationToken);
            throw InvalidCode();
        }

        tenant.Set(AccountAudit.TenantOf(account));
        PasswordPolicy.Check(password, subject);
        var codeMatches = account.ActivationCodeHash is { } hash
            && hasher.VerifyHashedPassword(account, hash, ActivationCodes.Normalize(code)) != PasswordVerificationResult.Failed;
        try
        {
            account.EnsureMayActivate(now, today);
            account.Activate(codeMatches, hasher.HashPassword(account, password), now, today);
        }
        catch (DomainException refused)
        {
            if (!codeMatches)
            {
                account.FailedSignIn(now);
                await db.SaveChangesAsync(cancellationToken);
            }

            await audit.RecordDenialAsync(new AuditEntry("activate", AccountAudit.SubjectType, subject, refused.Code), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry("activate", AccountAudit.SubjectType, subject));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DomainException InvalidCode() =>
        new(DomainErrorKind.RuleViolated, "activation-code-invalid", "激活码无效或已过期，请向人事管理员申请新的激活码。", "code");
}
