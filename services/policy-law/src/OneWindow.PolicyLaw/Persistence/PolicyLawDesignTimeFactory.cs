using Microsoft.EntityFrameworkCore.Design;

namespace OneWindow.PolicyLaw.Persistence;

/// <summary>For <c>dotnet ef migrations</c>: the model without a database or a request.</summary>
public sealed class PolicyLawDesignTimeFactory : IDesignTimeDbContextFactory<PolicyLawDbContext>
{
    public PolicyLawDbContext CreateDbContext(string[] args) =>
        new(TenantDbContextRegistration.DesignTimeOptions<PolicyLawDbContext>(), new TenantContext());
}
