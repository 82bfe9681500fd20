using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application;

/// <summary>A resident's channels and opt-outs: set by the resident, or by a clerk at the window for them (audited).</summary>
public sealed class PreferenceUseCases(NotificationDbContext db, IAuditTrail audit, ITenantContext tenant, NotificationClock clock)
{
    public async Task<Contract.ResidentPreferences> GetAsync(string residentId, Caller caller, CancellationToken cancellationToken)
    {
        var id = Own(residentId, caller);
        return ToContract(await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.ResidentId == id, cancellationToken) ?? RecipientPreference.Default(id));
    }

    public async Task<Contract.ResidentPreferences> SetAsync(Contract.SetPreferencesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var id = Own(request.ResidentId, caller);
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
        return ToContract(preference);
    }

    private static Guid Own(string residentId, Caller caller)
    {
        var id = Wire.ParseId(residentId, "residentId");
        return caller.Is(PlatformRoles.Resident) && caller.Subject != id.ToString()
            ? throw new DomainException(DomainErrorKind.Forbidden, "own-preferences-only", "A resident sets their own preferences only.", "residentId")
            : id;
    }

    private static Contract.ResidentPreferences ToContract(RecipientPreference preference)
    {
        var contract = new Contract.ResidentPreferences
        {
            ResidentId = preference.ResidentId.ToString(),
            Sms = preference.Sms,
            Letter = preference.Letter,
            Locale = preference.Locale,
            UpdatedBy = preference.UpdatedBy,
            UpdatedAt = Wire.Instant(preference.UpdatedAt == default ? null : preference.UpdatedAt),
        };
        contract.OptedOutKinds.AddRange(preference.OptedOutKinds);
        return contract;
    }
}
