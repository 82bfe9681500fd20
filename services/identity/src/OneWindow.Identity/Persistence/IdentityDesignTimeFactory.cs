using Microsoft.EntityFrameworkCore.Design;

namespace OneWindow.Identity.Persistence;

/// <summary>What <c>dotnet ef</c> builds the model with; no database is contacted.</summary>
public sealed class IdentityDesignTimeFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) =>
        new(TenantDbContextRegistration.DesignTimeOptions<IdentityDbContext>(), new TenantContext());
}
