using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Persistence;
using OtpNet;

namespace OneWindow.Identity.Application;

/// <summary>
/// The second step of a director's, an HR administrator's or a district administrator's sign-in: the six-digit code
/// of their authenticator (TOTP, RFC 6238), after enrolling it the first time. A wrong code counts toward the lockout
/// as a wrong password does; the key is kept encrypted, as personal data is.
/// </summary>
public sealed class VerifySecondFactor(IdentityDbContext db, PersonalDataProtector protector, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    private const string Purpose = "identity.totp_secret";

    /// <summary>A new authenticator key (160 bits, base32 as authenticator apps take it).</summary>
    public static string NewKey() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    /// <summary>What an authenticator app scans or is given: the key with the account's name.</summary>
    public static string KeyUri(string subject, string key) =>
        $"otpauth://totp/OneWindow:{Uri.EscapeDataString(subject)}?secret={key}&issuer=OneWindow&digits=6&period=30";

    /// <summary>Checks the code; with <paramref name="enrolling"/> the key being enrolled, which the right code makes the account's.</summary>
    public async Task RunAsync(string subject, string code, string? enrolling, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var account = await db.StaffAccounts.FindAsync([subject], cancellationToken)
            ?? throw new SignInRefusedException(SignInRefusal.WrongCredentials, "unknown-account", "请重新登录。");
        tenant.Set(AccountAudit.TenantOf(account));
        try
        {
            account.EnsureMaySignIn(now, ChinaTime.Today(clock));
            var key = enrolling
                ?? (account.TotpSecretProtected is { } sealedKey ? protector.Unprotect(sealedKey, Purpose) : null)
                ?? throw new DomainException(DomainErrorKind.RuleViolated, "second-factor-not-enrolled", "请先绑定身份验证器。");
            var totp = new Totp(Base32Encoding.ToBytes(key));
            if (!totp.VerifyTotp(now.UtcDateTime, code.Replace(" ", string.Empty, StringComparison.Ordinal), out var step, VerificationWindow.RfcSpecifiedNetworkDelay))
            {
                var refusal = account.FailedSignIn(now);
                await db.SaveChangesAsync(cancellationToken);
                throw refusal.Reason == SignInRefusal.LockedOut
                    ? refusal
                    : new SignInRefusedException(SignInRefusal.WrongCredentials, "wrong-second-factor", "动态口令不正确，请输入验证器当前显示的 6 位数字。");
            }

            account.SecondFactorPassed(step, now);
            if (enrolling is not null)
            {
                account.EnrolSecondFactor(protector.Protect(enrolling, Purpose));
                audit.Record(new AuditEntry("enrol-second-factor", AccountAudit.SubjectType, subject));
            }
        }
        catch (DomainException refused)
        {
            await audit.RecordDenialAsync(new AuditEntry("sign-in", AccountAudit.SubjectType, subject, refused.Code), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry("sign-in", AccountAudit.SubjectType, subject));
        await db.SaveChangesAsync(cancellationToken);
    }
}
