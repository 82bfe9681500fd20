using OneWindow.Notification.Domain.Deliveries;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Preferences;

internal static class PreferenceMapping
{
    public static Contract.ResidentPreferences ToContract(RecipientPreference preference)
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
