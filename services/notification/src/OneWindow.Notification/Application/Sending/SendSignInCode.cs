using System.Globalization;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Sending;

/// <summary>
/// A resident's sign-in code (登录验证码), texted at once for the identity service while the resident waits. Not a
/// delivery: no quiet hours (a resident signs in when they choose), no retries (the page asks for a new code), no
/// template a director could change (the wording is the security notice itself: the Tencent template
/// <c>sign-in-code</c>). The identity service limits how many codes a number and an address get; here each text is
/// audited, the number masked.
/// </summary>
public sealed class SendSignInCode(ISmsChannel sms, SmsTemplates templates, NotificationDbContext db, IAuditTrail audit, TenantContext tenant)
{
    public async Task<string> RunAsync(string phone, string code, int validMinutes, CancellationToken cancellationToken)
    {
        var number = MobileNumber.Normalize(phone)
            ?? throw new DomainException(DomainErrorKind.Invalid, "invalid-phone", "Not a mainland mobile number.", "phone");
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-code", "A sign-in code is six digits.", "code");
        }

        if (validMinutes is < 1 or > 30)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-number", "valid_minutes is between 1 and 30.", "validMinutes");
        }

        // The district's, as the provider's session is: a resident signing in belongs to no centre yet.
        tenant.Set(Tenant.District);
        var template = templates.Find(SmsTemplates.SignInCode, Locales.Chinese)
            ?? throw new DependencyUnavailableException("sms-unavailable", "No SMS template for sign-in codes is configured (Notification:Sms:Templates).");
        var result = await sms.SendAsync(
            new SmsMessage(Guid.NewGuid(), number, template.TemplateId, [code, validMinutes.ToString(CultureInfo.InvariantCulture)]), cancellationToken);
        switch (result)
        {
            case SmsResult.Accepted accepted:
                audit.Record(new AuditEntry("send-sign-in-code", "phone", Masking.Phone(number), accepted.MessageId));
                await db.SaveChangesAsync(cancellationToken);
                return accepted.MessageId;
            case SmsResult.Permanent refused:
                await audit.RecordDenialAsync(new AuditEntry("send-sign-in-code", "phone", Masking.Phone(number), refused.Reason), cancellationToken);
                throw new DomainException(DomainErrorKind.RuleViolated, "sms-refused", "The SMS provider refused the message.", "phone");
            default:
                var transient = (SmsResult.Transient)result;
                await audit.RecordDenialAsync(new AuditEntry("send-sign-in-code", "phone", Masking.Phone(number), transient.Reason), cancellationToken);
                throw new DependencyUnavailableException("sms-unavailable", "The SMS provider did not take the message; ask again shortly.");
        }
    }
}
