using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Outbox;

namespace OneWindow.Identity.Persistence;

/// <summary>
/// The district's directory: staff accounts and OpenIddict's applications, authorizations and tokens. Nothing here is
/// tenant-owned: a sign-in finds the account before anybody knows its centre (docs/adr/0014); the audit trail keeps
/// each record's centre.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<StaffAccount>(account =>
        {
            account.HasKey(a => a.Subject);
            account.Property(a => a.Subject).HasMaxLength(64);
            account.Property(a => a.Centre).HasMaxLength(32);
            account.PrimitiveCollection(a => a.Roles).HasField("_roles").UsePropertyAccessMode(PropertyAccessMode.Field);
            account.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
            account.Property(a => a.PasswordHash).HasMaxLength(200);
            account.Property(a => a.ActivationCodeHash).HasMaxLength(200);
            account.Property(a => a.TotpSecretProtected).HasMaxLength(400);
            account.Property<uint>("Version").IsRowVersion();
            account.HasIndex(a => a.Centre);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
