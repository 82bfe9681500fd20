using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using System.Text.Json.Serialization;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Catalogue;
using OneWindow.Intake.Domain.Centres;
using OneWindow.Intake.Domain.Fees;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Domain.Satisfaction;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;

namespace OneWindow.Intake.Persistence;

/// <summary>
/// The front windows' database. The register of centres and the catalogue read model are the district's (no tenant column); residents,
/// households, windows, tickets, visits and files are tenant-owned under row-level security.
/// </summary>
public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    private static readonly JsonSerializerOptions MaterialsJson = new(JsonSerializerDefaults.Web);

    private static readonly JsonSerializerOptions CentreJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public DbSet<RegisteredCentre> Centres => Set<RegisteredCentre>();

    public DbSet<CatalogueEntry> Catalogue => Set<CatalogueEntry>();

    public DbSet<CentreItemSetting> CentreItemSettings => Set<CentreItemSetting>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Resident> Residents => Set<Resident>();

    public DbSet<ServiceWindow> Windows => Set<ServiceWindow>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<ApplicationFile> Files => Set<ApplicationFile>();

    public DbSet<FeePayment> FeePayments => Set<FeePayment>();

    public DbSet<MessageBookEntry> MessageBook => Set<MessageBookEntry>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RegisteredCentre>(centre =>
        {
            // District-wide: the register every centre's tenant code comes from (docs/adr/0028).
            centre.ToTable("centres");
            centre.HasKey(c => c.Code);
            centre.Property(c => c.Code).HasMaxLength(32);
            centre.Property(c => c.Name).HasMaxLength(100);
            centre.Property(c => c.Address).HasMaxLength(200);
            centre.Property(c => c.Phone).HasMaxLength(30);
            centre.Property(c => c.OpeningHours).HasMaxLength(11);
            centre.Property(c => c.Windows).HasField("_windows").HasJsonb(CentreJson);
            centre.Property(c => c.Grids).HasField("_grids").HasJsonb(CentreJson);
            centre.Ignore(c => c.WaitingTargets);
            centre.Property<double?>("TargetAverageWaiting");
            centre.Property<double?>("TargetServiceLevel");
            centre.Property<int?>("TargetCalledWithinMinutes");
            // Two district admins changing one entry at once: the second fails on the row's version, not silently.
            centre.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<CatalogueEntry>(entry =>
        {
            // District-wide: the district standard, the same at every centre.
            entry.ToTable("catalogue_entries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => new { e.ItemCode, e.Version }).IsUnique();
            entry.Property(e => e.ItemCode).HasMaxLength(40);
            entry.Property(e => e.Name).HasMaxLength(100);
            entry.Property(e => e.Category).HasMaxLength(50);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.WindowType).HasConversion<string>().HasMaxLength(30);
            entry.Property(e => e.Scope).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Materials).HasField("_materials").HasJsonb(MaterialsJson);
        });
        modelBuilder.Entity<CentreItemSetting>(setting =>
        {
            setting.ToTable("centre_item_settings");
            setting.IsTenantOwned();
            setting.HasKey(s => s.Id);
            setting.HasIndex(TenantOwnership.PropertyName, nameof(CentreItemSetting.ItemCode)).IsUnique();
            setting.Property(s => s.ItemCode).HasMaxLength(40);
            setting.Property(s => s.LocalNote).HasMaxLength(500);
        });
        modelBuilder.Entity<Household>(household =>
        {
            household.ToTable("households");
            household.IsTenantOwned();
            household.HasKey(h => h.Id);
            household.Property(h => h.Id).ValueGeneratedNever();
            household.Property(h => h.AddressProtected).HasMaxLength(1_000);
            household.Property(h => h.Grid).HasMaxLength(40);
            household.Property(h => h.MonthlyIncome).HasPrecision(12, 2);
            household.PrimitiveCollection(h => h.Benefits).HasField("_benefits");
        });
        modelBuilder.Entity<Resident>(resident =>
        {
            resident.ToTable("residents");
            resident.IsTenantOwned();
            resident.HasKey(r => r.Id);
            resident.Property(r => r.Id).ValueGeneratedNever();
            // Unique in the district, whatever the centre: the index is not per tenant.
            resident.HasIndex(r => r.IdNumberIndex).IsUnique();
            resident.HasIndex(r => r.HouseholdId);
            resident.Property(r => r.IdNumberIndex).HasMaxLength(100);
            resident.Property(r => r.NameProtected).HasMaxLength(500);
            resident.Property(r => r.IdNumberProtected).HasMaxLength(500);
            resident.Property(r => r.PhoneProtected).HasMaxLength(500);
            resident.Property(r => r.HukouDistrict).HasMaxLength(6);
            resident.Property(r => r.Relation).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<ServiceWindow>(window =>
        {
            window.ToTable("windows");
            window.IsTenantOwned();
            window.HasKey(w => w.Id);
            window.HasIndex(TenantOwnership.PropertyName, nameof(ServiceWindow.Number)).IsUnique();
            window.Property(w => w.Number).HasMaxLength(10);
            window.Property(w => w.Type).HasConversion<string>().HasMaxLength(30);
            window.Property(w => w.ClerkStaffId).HasMaxLength(64);
        });
        modelBuilder.Entity<Ticket>(ticket =>
        {
            ticket.ToTable("tickets");
            ticket.IsTenantOwned();
            ticket.HasKey(t => t.Id);
            ticket.Property(t => t.Id).ValueGeneratedNever();
            // No duplicate numbers per centre, day and window type, whatever Redis says.
            ticket.HasIndex(TenantOwnership.PropertyName, nameof(Ticket.Day), nameof(Ticket.WindowType), nameof(Ticket.Sequence)).IsUnique();
            ticket.HasIndex(t => new { t.Day, t.Status });
            ticket.Property(t => t.WindowType).HasConversion<string>().HasMaxLength(30);
            ticket.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            ticket.Property(t => t.Number).HasMaxLength(8);
            ticket.Property(t => t.Window).HasMaxLength(10);
            ticket.Property(t => t.ClerkStaffId).HasMaxLength(64);
            ticket.Property(t => t.IssuedByStaff).HasMaxLength(64);
            ticket.Property(t => t.RatingComment).HasMaxLength(500);
            // Two clerks calling at once: the second one's update fails and it takes the next ticket.
            ticket.Property<uint>("Version").IsRowVersion().HasColumnName("xmin");
        });
        modelBuilder.Entity<Visit>(visit =>
        {
            visit.ToTable("visits");
            visit.IsTenantOwned();
            visit.HasKey(v => v.Id);
            visit.Property(v => v.Id).ValueGeneratedNever();
            visit.Property(v => v.ClerkStaffId).HasMaxLength(64);
            visit.PrimitiveCollection(v => v.MaterialCodes).HasField("_materialCodes");
            visit.PrimitiveCollection(v => v.OfferedItemCodes).HasField("_offeredItemCodes");
            // The reform outcomes read a centre's visits of a day.
            visit.HasIndex(TenantOwnership.PropertyName, nameof(Visit.StartedAt));
        });
        modelBuilder.Entity<ApplicationFile>(file =>
        {
            file.ToTable("application_files");
            file.IsTenantOwned();
            file.HasKey(f => f.Id);
            file.Property(f => f.Id).ValueGeneratedNever();
            file.HasIndex(f => f.FileNumber).IsUnique();
            file.HasIndex(f => new { f.HouseholdId, f.ItemCode });
            file.HasIndex(f => f.VisitId);
            // Statistics of a day, week or month count a centre's files by when they were accepted.
            file.HasIndex(TenantOwnership.PropertyName, nameof(ApplicationFile.AcceptedAt));
            file.Property(f => f.FileNumber).HasMaxLength(40);
            file.Property(f => f.ItemCode).HasMaxLength(40);
            file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.DeliveryMethod).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.AcceptedBy).HasMaxLength(64);
            file.Property(f => f.CompletedBy).HasMaxLength(64);
            file.Property(f => f.DeliveryGridManager).HasMaxLength(64);
            file.Property(f => f.LastDeliveryFailure).HasMaxLength(500);
            file.PrimitiveCollection(f => f.MaterialCodes).HasField("_materialCodes");
            file.PrimitiveCollection(f => f.MissingOnReturn).HasField("_missingOnReturn");
            file.Ignore(f => f.DeliveryProgress);
        });
        modelBuilder.Entity<FeePayment>(payment =>
        {
            // Append-only for the app role (FeeHardening): a payment is never changed once taken.
            payment.ToTable("fee_payments");
            payment.IsTenantOwned();
            payment.HasKey(p => p.Id);
            payment.Property(p => p.Id).ValueGeneratedNever();
            payment.HasIndex(p => p.FileId).IsUnique();
            payment.HasIndex(TenantOwnership.PropertyName, nameof(FeePayment.ReceiptNumber)).IsUnique();
            payment.HasIndex(TenantOwnership.PropertyName, nameof(FeePayment.Day), nameof(FeePayment.Window));
            payment.Property(p => p.Window).HasMaxLength(10);
            payment.Property(p => p.CashierStaffId).HasMaxLength(64);
            payment.Property(p => p.Amount).HasPrecision(12, 2);
            payment.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
            payment.Property(p => p.Channel).HasMaxLength(20);
            payment.Property(p => p.ReceiptNumber).HasMaxLength(40);
            payment.Ignore(p => p.Collected);
        });
        modelBuilder.Entity<MessageBookEntry>(entry =>
        {
            entry.ToTable("message_book");
            entry.IsTenantOwned();
            entry.HasKey(m => m.Id);
            entry.Property(m => m.Id).ValueGeneratedNever();
            entry.HasIndex(TenantOwnership.PropertyName, nameof(MessageBookEntry.WrittenAt));
            entry.Property(m => m.Text).HasMaxLength(500);
            entry.Property(m => m.WrittenBy).HasMaxLength(64);
        });
        modelBuilder.Entity<Complaint>(complaint =>
        {
            complaint.ToTable("complaints");
            complaint.IsTenantOwned();
            complaint.HasKey(c => c.Id);
            complaint.Property(c => c.Id).ValueGeneratedNever();
            complaint.HasIndex(TenantOwnership.PropertyName, nameof(Complaint.SubmittedAt));
            complaint.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
            complaint.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
            complaint.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            complaint.Property(c => c.Text).HasMaxLength(1000);
            complaint.Property(c => c.Reply).HasMaxLength(1000);
            complaint.Property(c => c.ClerkStaffId).HasMaxLength(64);
            complaint.Property(c => c.SubmittedBy).HasMaxLength(64);
            complaint.Property(c => c.HandledBy).HasMaxLength(64);
            // Handling twice at once: the second update fails on the row's version.
            complaint.Property<uint>("Version").IsRowVersion().HasColumnName("xmin");
        });
        modelBuilder.AddKnownCentres();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddWorkingCalendar();
        modelBuilder.AddAuditTrail();
    }
}
