using Microsoft.EntityFrameworkCore.Design;

namespace OneWindow.HrPayroll.Persistence;

/// <summary>For <c>dotnet ef migrations</c>: the model without a database or a request.</summary>
public sealed class HrPayrollDesignTimeFactory : IDesignTimeDbContextFactory<HrPayrollDbContext>
{
    public HrPayrollDbContext CreateDbContext(string[] args) =>
        new(TenantDbContextRegistration.DesignTimeOptions<HrPayrollDbContext>(), new TenantContext());
}
