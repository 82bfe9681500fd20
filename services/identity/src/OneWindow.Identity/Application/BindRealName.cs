using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Identity.Domain.Residents;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Application;

/// <summary>
/// 实名认证: a signed-in resident gives their name and resident ID number, and intake's register says whether they
/// are one resident of the district. Matched, the account is bound to that record for good (and the record to this
/// account alone); not matched, the resident reads the same words whether the name was wrong or the number unknown,
/// and the failure counts toward a day's lockout. Every attempt is audited; intake is asked outside any transaction.
/// </summary>
public sealed class BindRealName(RealNameRegister register, IdentityDbContext db, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    public async Task<ResidentAccount> RunAsync(Guid accountId, string name, string idNumber, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var account = await db.ResidentAccounts.FindAsync([accountId], cancellationToken)
            ?? throw new DomainException(DomainErrorKind.Unauthenticated, "unknown-account", "请重新登录。");
        tenant.Set(ResidentAudit.TenantOf(account));
        string given;
        ResidentIdNumber parsed;
        try
        {
            account.EnsureMayBind(now);
            given = name.Trim();
            if (given.Length is 0 or > 50)
            {
                throw new DomainException(DomainErrorKind.Invalid, "invalid-name", "请输入身份证上的姓名。", "name");
            }

            parsed = Parse(idNumber);
        }
        catch (DomainException refused)
        {
            // Nothing was asked of the register and nothing counts: a malformed number guesses at nobody.
            await audit.RecordDenialAsync(new AuditEntry("bind-real-name", ResidentAudit.AccountSubjectType, account.Id.ToString(), refused.Code), cancellationToken);
            throw;
        }

        if (await register.MatchAsync(given, parsed.Value, account.Id, cancellationToken) is not { } match)
        {
            throw await RefuseAsync(account, account.BindingFailed(now), reason: null, cancellationToken);
        }

        if (await db.ResidentAccounts.AnyAsync(a => a.ResidentId == match.ResidentId, cancellationToken))
        {
            throw await RefuseAsync(account, account.RecordTaken(now), "record-taken", cancellationToken);
        }

        account.Bind(match.ResidentId, match.Centre, now);
        tenant.Set(ResidentAudit.TenantOf(account));
        audit.Record(new AuditEntry("bind-real-name", ResidentAudit.AccountSubjectType, account.Id.ToString(), match.ResidentId.ToString()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException race) when (DbContextTransactions.IsUniqueViolation(race))
        {
            // Another account bound the same record a moment before (the unique index on the resident says so).
            db.ChangeTracker.Clear();
            tenant.Set(Tenant.District);
            account = await db.ResidentAccounts.SingleAsync(a => a.Id == accountId, cancellationToken);
            throw await RefuseAsync(account, account.RecordTaken(now), "record-taken", cancellationToken);
        }

        return account;
    }

    /// <summary>The failure counted (saved before the denial, which starts a clean unit of work) and audited; the refusal to throw.</summary>
    private async Task<DomainException> RefuseAsync(ResidentAccount account, DomainException refusal, string? reason, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordDenialAsync(new AuditEntry("bind-real-name", ResidentAudit.AccountSubjectType, account.Id.ToString(), reason ?? refusal.Code), cancellationToken);
        return refusal;
    }

    private ResidentIdNumber Parse(string idNumber) =>
        ResidentIdNumber.TryParse(idNumber, clock, out var parsed, out _)
            ? parsed
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-id-number", "请输入正确的 18 位居民身份证号码。", "idNumber");
}
