using Microsoft.EntityFrameworkCore;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Notices;

/// <summary>Names of items and materials as residents read them, from policy-law's catalogue events.</summary>
public sealed class Catalogue(NotificationDbContext db)
{
    /// <summary>The item's name in its latest version; its code when the catalogue has not reached us yet.</summary>
    public async Task<string> NameAsync(string itemCode, CancellationToken cancellationToken) =>
        await db.Catalogue.AsNoTracking().Where(c => c.ItemCode == itemCode).OrderByDescending(c => c.Version)
            .Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? itemCode;

    /// <summary>
    /// The names of the materials, as the item version the file was accepted under printed them (the latest version
    /// when that one is unknown); a code the catalogue does not know is told as it is rather than left out.
    /// </summary>
    public async Task<IReadOnlyList<string>> MaterialNamesAsync(string itemCode, int version, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var versions = await db.Catalogue.AsNoTracking().Where(c => c.ItemCode == itemCode).ToListAsync(cancellationToken);
        var names = versions.FirstOrDefault(c => c.Version == version)?.Materials
            ?? versions.OrderByDescending(c => c.Version).FirstOrDefault()?.Materials
            ?? [];
        return [.. codes.Select(code => names.GetValueOrDefault(code, code))];
    }

    public async Task<int?> RecurrenceMonthsAsync(string itemCode, CancellationToken cancellationToken) =>
        await db.Catalogue.AsNoTracking().Where(c => c.ItemCode == itemCode).OrderByDescending(c => c.Version)
            .Select(c => c.RecurrenceMonths).FirstOrDefaultAsync(cancellationToken);
}
