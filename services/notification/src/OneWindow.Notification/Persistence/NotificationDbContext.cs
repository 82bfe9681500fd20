using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.Notification.Domain.Deliveries;
using OneWindow.Notification.Domain.HomeDelivery;
using OneWindow.Notification.Domain.Reminders;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence.ReadModels;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;

namespace OneWindow.Notification.Persistence;

/// <summary>
/// The service's database. District templates and the catalogue read model are the district's (no tenant column,
/// like policy-law's catalogue); centre wording, deliveries, preferences, home delivery tasks, periodic items and
/// the file and staff read models are tenant-owned under row-level security.
/// </summary>
public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Template> Templates => Set<Template>();

    public DbSet<CentreTemplate> CentreTemplates => Set<CentreTemplate>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<RecipientPreference> Preferences => Set<RecipientPreference>();

    public DbSet<DeliveryTask> DeliveryTasks => Set<DeliveryTask>();

    public DbSet<PeriodicItem> PeriodicItems => Set<PeriodicItem>();

    public DbSet<FileRecord> Files => Set<FileRecord>();

    public DbSet<StaffRecord> Staff => Set<StaffRecord>();

    public DbSet<CatalogueRecord> Catalogue => Set<CatalogueRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Template>(template =>
        {
            template.ToTable("templates");
            template.HasKey(t => t.Id);
            template.HasIndex(t => new { t.Kind, t.Channel, t.Locale, t.Version }).IsUnique();
            template.Property(t => t.Kind).HasMaxLength(40);
            template.Property(t => t.Channel).HasConversion<string>().HasMaxLength(20);
            template.Property(t => t.Locale).HasMaxLength(10);
            template.Property(t => t.Title).HasMaxLength(100);
            template.Property(t => t.Body).HasMaxLength(10_000);
            template.Property(t => t.SavedBy).HasMaxLength(64);
            template.Property(t => t.Variables).HasField("_variables").HasJsonb(JsonSerializerOptions.Web);
        });
        modelBuilder.Entity<CentreTemplate>(template =>
        {
            template.ToTable("centre_templates");
            template.IsTenantOwned();
            template.HasKey(t => t.Id);
            template.HasIndex(TenantOwnership.PropertyName, nameof(CentreTemplate.Kind), nameof(CentreTemplate.Channel), nameof(CentreTemplate.Locale), nameof(CentreTemplate.Version)).IsUnique();
            template.Property(t => t.Kind).HasMaxLength(40);
            template.Property(t => t.Channel).HasConversion<string>().HasMaxLength(20);
            template.Property(t => t.Locale).HasMaxLength(10);
            template.Property(t => t.Title).HasMaxLength(100);
            template.Property(t => t.Body).HasMaxLength(10_000);
            template.Property(t => t.SavedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<Delivery>(delivery =>
        {
            delivery.ToTable("deliveries");
            delivery.IsTenantOwned();
            delivery.HasKey(d => d.Id);
            // At-least-once events, exactly one delivery per event, recipient and channel (and resend).
            delivery.HasIndex(d => new { d.SourceId, d.RecipientKind, d.RecipientId, d.Channel, d.Sequence }).IsUnique();
            delivery.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Queued'");
            delivery.HasIndex(d => new { d.RecipientKind, d.RecipientId, d.CreatedAt });
            delivery.HasIndex(d => d.FileId);
            delivery.HasIndex(d => d.ProviderMessageId);
            delivery.HasIndex(d => d.LetterBatchId).HasFilter("letter_batch_id IS NOT NULL");
            delivery.Property(d => d.Kind).HasMaxLength(40);
            delivery.Property(d => d.RecipientKind).HasConversion<string>().HasMaxLength(20);
            delivery.Property(d => d.RecipientId).HasMaxLength(64);
            delivery.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            delivery.Property(d => d.ResentBy).HasMaxLength(64);
            delivery.Property(d => d.Locale).HasMaxLength(10);
            delivery.Property(d => d.Title).HasMaxLength(100);
            delivery.Property(d => d.Body).HasMaxLength(20_000);
            delivery.Property(d => d.LastError).HasMaxLength(500);
            delivery.Property(d => d.AddressProtected).HasMaxLength(300);
            delivery.Property(d => d.ProviderMessageId).HasMaxLength(100);
        });
        modelBuilder.Entity<RecipientPreference>(preference =>
        {
            preference.ToTable("preferences");
            preference.IsTenantOwned();
            preference.HasKey(p => p.ResidentId);
            preference.Property(p => p.Locale).HasMaxLength(10);
            preference.Property(p => p.UpdatedBy).HasMaxLength(64);
            preference.Property(p => p.OptedOutKinds).HasField("_optedOutKinds").HasJsonb(JsonSerializerOptions.Web);
        });
        modelBuilder.Entity<DeliveryTask>(task =>
        {
            task.ToTable("delivery_tasks");
            task.IsTenantOwned();
            task.HasKey(t => t.Id);
            // One task per file, whichever decision event (approved, completed) arrives first or twice.
            task.HasIndex(t => t.FileId).IsUnique();
            task.HasIndex(t => new { t.GridManagerStaffId, t.Status });
            task.HasIndex(t => t.Due).HasFilter("status <> 'Delivered'");
            task.Property(t => t.ItemCode).HasMaxLength(64);
            task.Property(t => t.What).HasMaxLength(200);
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            task.Property(t => t.Grid).HasMaxLength(40);
            task.Property(t => t.GridManagerStaffId).HasMaxLength(64);
            task.Property(t => t.AddressProtected).HasMaxLength(600);
            task.Property(t => t.PendingReason).HasMaxLength(200);
            task.Property(t => t.LastFailure).HasConversion<string>().HasMaxLength(20);
            task.Property(t => t.LastFailureNote).HasMaxLength(500);
            task.Property(t => t.ReceivedByProtected).HasMaxLength(300);
            task.Property(t => t.SignatureReference).HasMaxLength(100);
            task.Property(t => t.EscalatedTo).HasMaxLength(64);
        });
        modelBuilder.Entity<PeriodicItem>(item =>
        {
            item.ToTable("periodic_items");
            item.IsTenantOwned();
            item.HasKey(p => p.Id);
            item.HasIndex(p => new { p.HouseholdId, p.ItemCode }).IsUnique();
            item.HasIndex(p => p.DueOn).HasFilter("reminded_at IS NULL");
            item.Property(p => p.ItemCode).HasMaxLength(64);
        });
        modelBuilder.Entity<FileRecord>(file =>
        {
            file.ToTable("files");
            file.IsTenantOwned();
            file.HasKey(f => f.FileId);
            file.Property(f => f.ItemCode).HasMaxLength(64);
            file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.DeliveryMethod).HasConversion<string>().HasMaxLength(30);
        });
        modelBuilder.Entity<StaffRecord>(staff =>
        {
            staff.ToTable("staff");
            staff.IsTenantOwned();
            staff.HasKey(s => s.Id);
            staff.HasIndex(TenantOwnership.PropertyName, nameof(StaffRecord.StaffId)).IsUnique();
            staff.HasIndex(s => s.Grid);
            staff.Property(s => s.StaffId).HasMaxLength(64);
            staff.Property(s => s.Department).HasConversion<string>().HasMaxLength(30);
            staff.Property(s => s.Grid).HasMaxLength(40);
            staff.Property(s => s.Roles).HasJsonb(JsonSerializerOptions.Web);
        });
        modelBuilder.Entity<CatalogueRecord>(item =>
        {
            item.ToTable("catalogue");
            item.HasKey(c => new { c.ItemCode, c.Version });
            item.Property(c => c.ItemCode).HasMaxLength(64);
            item.Property(c => c.Name).HasMaxLength(200);
            item.Property(c => c.Materials).HasJsonb(JsonSerializerOptions.Web);
        });
        modelBuilder.AddKnownCentres();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddWorkingCalendar();
        modelBuilder.AddAuditTrail();
    }
}
