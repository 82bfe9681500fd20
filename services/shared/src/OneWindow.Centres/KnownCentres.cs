using Microsoft.EntityFrameworkCore;

namespace OneWindow.Centres;

/// <summary>Reading a service's copy of the register: what letterheads, notices and printed sheets say of a centre.</summary>
public static class KnownCentres
{
    /// <summary>
    /// The centre's entry; a centre the copy has not heard of (an event of an old centre handled before its
    /// <c>centre-changed</c>) is named by its code, with no hours, so the notice still goes.
    /// </summary>
    public static async Task<KnownCentre> LetterheadAsync(DbContext db, string code, CancellationToken cancellationToken) =>
        await db.Set<KnownCentre>().AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken)
        ?? KnownCentre.Unheard(code);
}
