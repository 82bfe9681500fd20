using Microsoft.EntityFrameworkCore.Design;

namespace OneWindow.SocialWork.Persistence;

/// <summary>For <c>dotnet ef migrations</c>: the model without a database or a request.</summary>
public sealed class SocialWorkDesignTimeFactory : IDesignTimeDbContextFactory<SocialWorkDbContext>
{
    public SocialWorkDbContext CreateDbContext(string[] args) =>
        new(TenantDbContextRegistration.DesignTimeOptions<SocialWorkDbContext>(), new TenantContext());
}
