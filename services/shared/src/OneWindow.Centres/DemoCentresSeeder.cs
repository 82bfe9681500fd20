using Microsoft.EntityFrameworkCore;
using OneWindow.DemoDistrict;
using OneWindow.Persistence;
using OneWindow.ServiceDefaults;

namespace OneWindow.Centres;

/// <summary>
/// The demo district's centres in this service's copy, as intake's first <c>centre-changed</c> events would leave it:
/// every service is seeded at once, and its demo staff must be able to work before those events arrive.
/// </summary>
internal sealed class DemoCentresSeeder<TContext>(TContext db) : IDemoSeeder
    where TContext : TenantDbContext
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var known = await db.Set<KnownCentre>().Select(c => c.Code).ToListAsync(cancellationToken);
        foreach (var centre in DemoDistrictGenerator.District.Centres.Where(c => !known.Contains(c.Code)))
        {
            var copy = KnownCentre.For(centre.Code);
            copy.Take(1, centre.Name, centre.Address, centre.Phone, centre.OpeningHours, open: true);
            db.Set<KnownCentre>().Add(copy);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
