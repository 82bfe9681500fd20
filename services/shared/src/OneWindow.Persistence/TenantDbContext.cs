using Microsoft.EntityFrameworkCore;
using OneWindow.Tenancy;

namespace OneWindow.Persistence;

/// <summary>
/// Base of every service's DbContext: tenant-owned entities are filtered to the tenant in scope and
/// stamped with it when added. The database enforces the same rule (row-level security) for
/// anything that bypasses EF.
/// </summary>
public abstract class TenantDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    public ITenantContext Tenant { get; } = tenant;

    // Read by the query filters: EF evaluates these on the context instance running the query.
    internal string? CentreInScope => Tenant.Current.CentreCode;

    internal bool DistrictWideScope => Tenant.Current.DistrictWide;

    /// <summary>The service's model. Mark tenant-owned entities with <see cref="TenantOwnership.IsTenantOwned{TEntity}"/>.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>
    /// Instants are stored in UTC (<c>timestamptz</c>); a value computed in Shanghai time (a statutory
    /// deadline, say) is converted on the way in rather than refused by Npgsql.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        TenantOwnership.ApplyQueryFilters(modelBuilder, this);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (!entry.Metadata.IsTenantOwned())
            {
                continue;
            }

            var tenantId = entry.Property(TenantOwnership.PropertyName);
            switch (entry.State)
            {
                case EntityState.Added when tenantId.CurrentValue is null:
                    tenantId.CurrentValue = Tenant.RequireCentre();
                    break;
                case EntityState.Added or EntityState.Modified or EntityState.Deleted
                    when (string?)tenantId.CurrentValue != Tenant.Current.CentreCode:
                    throw new TenantRequiredException(
                        $"A {entry.Metadata.ClrType.Name} of centre '{tenantId.CurrentValue}' cannot be changed from '{Tenant.Current}'.");
            }
        }
    }
}
