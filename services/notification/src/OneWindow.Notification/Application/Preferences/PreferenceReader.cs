using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Persistence;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Preferences;

/// <summary>A resident's channels and opt-outs, as the resident or a clerk at the window sees them.</summary>
public sealed class PreferenceReader(NotificationDbContext db)
{
    public async Task<Contract.ResidentPreferences> GetAsync(string residentId, Caller caller, CancellationToken cancellationToken)
    {
        var id = Own(residentId, caller);
        return PreferenceMapping.ToContract(await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.ResidentId == id, cancellationToken) ?? RecipientPreference.Default(id));
    }

    /// <summary>The resident whose preferences the caller may read or set: a resident only their own, a clerk any.</summary>
    public static Guid Own(string residentId, Caller caller)
    {
        var id = Wire.ParseId(residentId, "residentId");
        return caller.Is(PlatformRoles.Resident) && caller.Subject != id.ToString()
            ? throw new DomainException(DomainErrorKind.Forbidden, "own-preferences-only", "A resident sets their own preferences only.", "residentId")
            : id;
    }
}
