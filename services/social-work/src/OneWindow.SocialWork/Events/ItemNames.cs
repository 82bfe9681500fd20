using Microsoft.EntityFrameworkCore;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Events;

internal static class ItemNames
{
    public static async Task<string> NameAsync(SocialWorkDbContext db, string itemCode, CancellationToken cancellationToken) =>
        await db.Catalogue.AsNoTracking().Where(i => i.ItemCode == itemCode).Select(i => i.Name).SingleOrDefaultAsync(cancellationToken) ?? itemCode;
}
