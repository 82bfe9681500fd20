using Microsoft.EntityFrameworkCore.Design;

namespace OneWindow.Review.Persistence;

/// <summary>For <c>dotnet ef migrations</c>: the model without a database or a request.</summary>
public sealed class ReviewDesignTimeFactory : IDesignTimeDbContextFactory<ReviewDbContext>
{
    public ReviewDbContext CreateDbContext(string[] args) =>
        new(TenantDbContextRegistration.DesignTimeOptions<ReviewDbContext>(), new TenantContext());
}
