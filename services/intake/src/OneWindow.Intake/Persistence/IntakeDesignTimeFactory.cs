using Microsoft.EntityFrameworkCore.Design;

namespace OneWindow.Intake.Persistence;

/// <summary>For <c>dotnet ef migrations</c>: the model without a database or a request.</summary>
public sealed class IntakeDesignTimeFactory : IDesignTimeDbContextFactory<IntakeDbContext>
{
    public IntakeDbContext CreateDbContext(string[] args) =>
        new(TenantDbContextRegistration.DesignTimeOptions<IntakeDbContext>(), new TenantContext());
}
