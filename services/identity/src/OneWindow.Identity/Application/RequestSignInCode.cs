using System.Globalization;
using System.Security.Cryptography;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Identity.Domain.Residents;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Application;

/// <summary>
/// A resident asks for a sign-in code to their mobile number: counted against the number's and the address's limits
/// and stored (hashed) in one step, then texted through notification. Every request is audited under the number
/// masked, refused or not; the full number is never written anywhere but encrypted in an account.
/// </summary>
public sealed class RequestSignInCode(SignInCodeStore store, SignInCodeSender sender, PersonalDataProtector protector, IdentityDbContext db, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    /// <summary>The purpose the number's keyed hash is taken under (the account's lookup, the code's binding).</summary>
    public const string PhonePurpose = "identity.resident_phone";

    /// <summary>The 11 digits of the number the code went to.</summary>
    public async Task<string> RunAsync(string phone, string address, CancellationToken cancellationToken)
    {
        var policy = SignInCodePolicy.Default;
        tenant.Set(Tenant.District);
        var number = MobileNumber.Normalize(phone);
        if (number is null)
        {
            await audit.RecordDenialAsync(new AuditEntry("send-sign-in-code", ResidentAudit.PhoneSubjectType, Masking.Phone(phone.Trim()), "invalid-phone"), cancellationToken);
            throw InvalidPhone();
        }

        var phoneIndex = protector.BlindIndex(number, PhonePurpose);
        var code = RandomNumberGenerator.GetInt32(0, (int)Math.Pow(10, policy.Digits)).ToString($"D{policy.Digits}", CultureInfo.InvariantCulture);
        var refusal = await store.IssueAsync(phoneIndex, address, CodeHash(protector, phoneIndex, code), policy, clock.GetUtcNow());
        if (refusal != SendRefusal.None)
        {
            var refused = policy.Refusal(refusal);
            await audit.RecordDenialAsync(new AuditEntry("send-sign-in-code", ResidentAudit.PhoneSubjectType, Masking.Phone(number), refused.Code), cancellationToken);
            throw refused;
        }

        try
        {
            await sender.SendAsync(number, code, policy.Lifetime, cancellationToken);
        }
        catch (DependencyUnavailableException unsent)
        {
            // The code stays counted: a notification that is down must not become a way around the limits.
            await audit.RecordDenialAsync(new AuditEntry("send-sign-in-code", ResidentAudit.PhoneSubjectType, Masking.Phone(number), unsent.Code), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry("send-sign-in-code", ResidentAudit.PhoneSubjectType, Masking.Phone(number)));
        await db.SaveChangesAsync(cancellationToken);
        return number;
    }

    /// <summary>A code as stored: keyed, and bound to its number, so a leaked store gives neither codes nor a way to try them offline.</summary>
    public static string CodeHash(PersonalDataProtector protector, string phoneIndex, string code) =>
        protector.BlindIndex(code, $"identity.sms_code:{phoneIndex}");

    public static DomainException InvalidPhone() =>
        new(DomainErrorKind.Invalid, "invalid-phone", "请输入正确的 11 位手机号码。", "phone");
}
