using Microsoft.EntityFrameworkCore;

namespace OneWindow.Centres;

public static class CentreModel
{
    internal const string Table = "known_centres";

    /// <summary>The register's copy: district-wide reference data, the same for every centre, so not tenant-owned.</summary>
    public static ModelBuilder AddKnownCentres(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownCentre>(centre =>
        {
            centre.ToTable(Table);
            centre.HasKey(c => c.Code);
            centre.Property(c => c.Code).HasMaxLength(32);
            centre.Property(c => c.Name).HasMaxLength(100);
            centre.Property(c => c.Address).HasMaxLength(200);
            centre.Property(c => c.Phone).HasMaxLength(30);
            centre.Property(c => c.OpeningHours).HasMaxLength(11);
        });
        return modelBuilder;
    }
}
