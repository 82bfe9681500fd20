using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Preferences;

/// <summary>A resident sets their channels and opt-outs, or a clerk at the window sets them for the resident (audited).</summary>
public sealed class SetPreferences(NotificationDbContext db, IAuditTrail audit, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.ResidentPreferences> HandleAsync(Contract.SetPreferencesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var id = PreferenceReader.Own(request.ResidentId, caller);
        var preference = await db.Preferences.SingleOrDefaultAsync(p => p.ResidentId == id, cancellationToken);
        if (preference is null)
        {
            preference = RecipientPreference.Default(id);
            db.Preferences.Add(preference);
        }

        preference.Change(request.Sms, request.Letter, request.Locale.Length == 0 ? Domain.Templates.Locales.Chinese : request.Locale, request.OptedOutKinds, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("set-preferences", "resident", id.ToString(),
            $"sms {(preference.Sms ? "on" : "off")}, letter {(preference.Letter ? "on" : "off")}, opted out: {string.Join(",", preference.OptedOutKinds)}"));
        await db.SaveChangesAsync(cancellationToken);
        return PreferenceMapping.ToContract(preference);
    }
}
