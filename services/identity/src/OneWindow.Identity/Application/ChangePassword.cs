using Microsoft.AspNetCore.Identity;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Persistence;
using OpenIddict.Abstractions;

namespace OneWindow.Identity.Application;

/// <summary>
/// A signed-in worker changes their password, proving the current one (a wrong one counts toward the lockout, so a
/// session left open cannot be used to guess it). Every refresh token of the account is revoked: a session elsewhere,
/// perhaps the reason for the change, ends at its next refresh.
/// </summary>
public sealed class ChangePassword(IdentityDbContext db, IPasswordHasher<StaffAccount> hasher, IOpenIddictTokenManager tokens, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    public async Task RunAsync(string subject, string current, string password, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var account = await db.StaffAccounts.FindAsync([subject], cancellationToken)
            ?? throw new SignInRefusedException(SignInRefusal.WrongCredentials, "unknown-account", "请重新登录。");
        tenant.Set(AccountAudit.TenantOf(account));
        try
        {
            account.EnsureMaySignIn(now, ChinaTime.Today(clock));
            if (hasher.VerifyHashedPassword(account, account.PasswordHash!, current) == PasswordVerificationResult.Failed)
            {
                var refusal = account.FailedSignIn(now);
                await db.SaveChangesAsync(cancellationToken);
                throw refusal.Reason == SignInRefusal.LockedOut
                    ? refusal
                    : new DomainException(DomainErrorKind.Unauthenticated, "wrong-credentials", "当前密码不正确。", "current");
            }

            PasswordPolicy.Check(password, subject);
        }
        catch (DomainException refused)
        {
            await audit.RecordDenialAsync(new AuditEntry("change-password", AccountAudit.SubjectType, subject, refused.Code), cancellationToken);
            throw;
        }

        account.ChangePassword(hasher.HashPassword(account, password));
        audit.Record(new AuditEntry("change-password", AccountAudit.SubjectType, subject));
        await db.SaveChangesAsync(cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }
}
