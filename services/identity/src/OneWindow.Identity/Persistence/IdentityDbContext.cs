using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Domain.Residents;
using OneWindow.Outbox;

namespace OneWindow.Identity.Persistence;

/// <summary>
/// The district's directory: staff accounts, residents' accounts and OpenIddict's applications, authorizations and tokens. Nothing here is
/// tenant-owned: a sign-in finds the account before anybody knows its centre (docs/adr/0014); the audit trail keeps
/// each record's centre.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    public DbSet<ResidentAccount> ResidentAccounts => Set<ResidentAccount>();

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
        modelBuilder.Entity<ResidentAccount>(account =>
        {
            account.HasKey(a => a.Id);
            account.Property(a => a.PhoneIndex).HasMaxLength(64);
            account.Property(a => a.PhoneProtected).HasMaxLength(400);
            account.Property(a => a.Centre).HasMaxLength(32);
            account.Property<uint>("Version").IsRowVersion();
            // One account per number, and one account per record of the register: the database holds both under races.
            account.HasIndex(a => a.PhoneIndex).IsUnique();
            account.HasIndex(a => a.ResidentId).IsUnique().HasFilter("resident_id IS NOT NULL");
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
