using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Identity.Domain.Residents;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Application;

/// <summary>
/// A resident types the code texted to their number. The right code is used up at once (a second use finds none);
/// the fifth wrong one kills it. The first right code to a number opens the resident's account, keyed by the number's
/// hash with the number encrypted; later ones sign that account in. Every outcome is audited.
/// </summary>
public sealed class SignInWithSmsCode(SignInCodeStore store, PersonalDataProtector protector, IdentityDbContext db, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    private const string PhoneProtectedPurpose = "identity.resident_phone_protected";

    public async Task<ResidentAccount> RunAsync(string phone, string code, CancellationToken cancellationToken)
    {
        var policy = SignInCodePolicy.Default;
        tenant.Set(Tenant.District);
        var number = MobileNumber.Normalize(phone) ?? throw RequestSignInCode.InvalidPhone();
        var typed = new string([.. code.Where(c => !char.IsWhiteSpace(c))]);
        if (typed.Length != policy.Digits || !typed.All(char.IsAsciiDigit))
        {
            throw new DomainException(DomainErrorKind.Invalid, "malformed-code", $"请输入短信中的 {policy.Digits} 位数字验证码。", "code");
        }

        var phoneIndex = protector.BlindIndex(number, RequestSignInCode.PhonePurpose);
        var (check, attemptsLeft) = await store.CheckAsync(phoneIndex, RequestSignInCode.CodeHash(protector, phoneIndex, typed), policy);
        if (check != CodeCheck.Right)
        {
            var refused = policy.Refusal(check, attemptsLeft);
            await audit.RecordDenialAsync(new AuditEntry("sign-in", ResidentAudit.PhoneSubjectType, Masking.Phone(number), refused.Code), cancellationToken);
            throw refused;
        }

        var now = clock.GetUtcNow();
        var account = await db.ResidentAccounts.SingleOrDefaultAsync(a => a.PhoneIndex == phoneIndex, cancellationToken);
        var opened = account is null;
        if (account is null)
        {
            account = ResidentAccount.Open(Guid.CreateVersion7(now), phoneIndex, protector.Protect(number, PhoneProtectedPurpose), now);
            db.ResidentAccounts.Add(account);
        }

        account.SignedIn(now);
        tenant.Set(ResidentAudit.TenantOf(account));
        if (opened)
        {
            audit.Record(new AuditEntry("open-resident-account", ResidentAudit.AccountSubjectType, account.Id.ToString(), Masking.Phone(number)));
        }

        audit.Record(new AuditEntry("sign-in", ResidentAudit.AccountSubjectType, account.Id.ToString()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException race) when (opened && DbContextTransactions.IsUniqueViolation(race))
        {
            // Two right codes cannot exist for one number, but a code typed twice at once can: the other request
            // opened the account; this one signs it in.
            db.ChangeTracker.Clear();
            account = await db.ResidentAccounts.SingleAsync(a => a.PhoneIndex == phoneIndex, cancellationToken);
            account.SignedIn(now);
            audit.Record(new AuditEntry("sign-in", ResidentAudit.AccountSubjectType, account.Id.ToString()));
            await db.SaveChangesAsync(cancellationToken);
        }

        return account;
    }
}
