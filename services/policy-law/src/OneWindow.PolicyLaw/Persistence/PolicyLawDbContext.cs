using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OneWindow.Audit;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.Tenancy;

namespace OneWindow.PolicyLaw.Persistence;

/// <summary>
/// The department's database. The catalogue is the district's (no tenant column: every centre reads
/// the same standard); everything a centre decides or pays is tenant-owned under row-level security.
/// </summary>
public sealed class PolicyLawDbContext(DbContextOptions<PolicyLawDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    private static readonly JsonSerializerOptions TermsJson = new(JsonSerializerDefaults.Web);

    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();

    public DbSet<ServiceItemVersion> ServiceItemVersions => Set<ServiceItemVersion>();

    public DbSet<CentreItemSetting> CentreItemSettings => Set<CentreItemSetting>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ServiceItem>(item =>
        {
            item.ToTable("service_items");
            item.HasKey(i => i.Code);
            item.Property(i => i.Code).HasMaxLength(40);
            item.Property(i => i.Name).HasMaxLength(100);
            item.Property(i => i.NameEn).HasMaxLength(200);
            item.Property(i => i.Category).HasMaxLength(50);
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.WindowType).HasConversion<string>().HasMaxLength(30);
            item.Property(i => i.Scope).HasConversion<string>().HasMaxLength(20);
            item.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemCode);
            item.Navigation(i => i.Versions).HasField("_versions").AutoInclude();
        });
        modelBuilder.Entity<ServiceItemVersion>(version =>
        {
            version.ToTable("service_item_versions");
            version.HasKey(v => new { v.ItemCode, v.Version });
            version.Property(v => v.PublishedBy).HasMaxLength(64);
            // A version never changes once published: its terms are one document.
            version.Property(v => v.Terms).HasColumnType("jsonb").HasConversion(
                terms => JsonSerializer.Serialize(terms, TermsJson),
                json => JsonSerializer.Deserialize<ServiceItemTerms>(json, TermsJson)!);
        });
        modelBuilder.Entity<CentreItemSetting>(setting =>
        {
            setting.ToTable("centre_item_settings");
            setting.IsTenantOwned();
            setting.HasKey(s => s.Id);
            setting.HasIndex(TenantOwnership.PropertyName, nameof(CentreItemSetting.ItemCode)).IsUnique();
            setting.Property(s => s.ItemCode).HasMaxLength(40);
            setting.Property(s => s.LocalNote).HasMaxLength(500);
            setting.Property(s => s.ChangedBy).HasMaxLength(64);
            setting.Property(s => s.SupervisorStaffId).HasMaxLength(64);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}

/// <summary>For <c>dotnet ef migrations</c>: the model without a database or a request.</summary>
public sealed class PolicyLawDesignTimeFactory : IDesignTimeDbContextFactory<PolicyLawDbContext>
{
    public PolicyLawDbContext CreateDbContext(string[] args) =>
        new(TenantDbContextRegistration.DesignTimeOptions<PolicyLawDbContext>(), new TenantContext());
}
