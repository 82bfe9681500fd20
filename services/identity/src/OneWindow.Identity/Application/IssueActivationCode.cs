using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Application;

/// <summary>
/// The HR office gives a worker an activation code (first sign-in, or a forgotten password): shown once, to be printed
/// or read out; only its hash is kept. The previous code stops working.
/// </summary>
public sealed class IssueActivationCode(IdentityDbContext db, IPasswordHasher<StaffAccount> hasher, IAuditTrail audit, TimeProvider clock)
{
    public async Task<(string Code, DateTimeOffset ExpiresAt)> RunAsync(string subject, CancellationToken cancellationToken)
    {
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.Subject == subject, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "account-not-found", $"没有工号为 {subject} 的账号。", "staff_id");
        var code = ActivationCodes.New();
        account.IssueActivation(hasher.HashPassword(account, ActivationCodes.Normalize(code)), clock.GetUtcNow(), ChinaTime.Today(clock));
        audit.Record(new AuditEntry("issue-activation-code", AccountAudit.SubjectType, subject));
        await db.SaveChangesAsync(cancellationToken);
        return (code, account.ActivationExpiresAt!.Value);
    }
}
