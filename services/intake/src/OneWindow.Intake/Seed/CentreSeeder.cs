using Microsoft.EntityFrameworkCore;
using OneWindow.DemoDistrict;
using OneWindow.Intake.Application.Centres;
using OneWindow.Intake.Domain.Centres;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Persistence;

namespace OneWindow.Intake.Seed;

/// <summary>
/// The demo district's three centres in the register, with their windows and grids, each announced by
/// <c>centre-changed</c> as a district admin's registration would be. Centres already registered are left as they are.
/// </summary>
internal sealed class CentreSeeder(IntakeDbContext db, CentreCopy copy, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var registered = await db.Centres.Select(c => c.Code).ToListAsync(cancellationToken);
        foreach (var centre in DemoDistrictGenerator.District.Centres.Where(c => !registered.Contains(c.Code)))
        {
            var entry = RegisteredCentre.Register(centre.Code, DetailsOf(centre), clock.GetUtcNow());
            db.Centres.Add(entry);
            await copy.TakeAsync(entry, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static CentreDetails DetailsOf(Centre centre)
    {
        var road = centre.Name[..centre.Name.IndexOf('街', StringComparison.Ordinal)];
        return new CentreDetails(
            centre.Name,
            centre.Address,
            centre.Phone,
            OpeningHours.Parse(centre.OpeningHours),
            [.. centre.Windows.Select(w => new CentreWindow(w.Number, DemoWindowTypes.Of(w.Type)))],
            [.. centre.Grids.Select(grid => new CentreGrid(grid, $"{road}第{int.Parse(grid[^2..], System.Globalization.CultureInfo.InvariantCulture)}网格"))]);
    }
}
