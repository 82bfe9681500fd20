using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Domain.Joint;
using OneWindow.Review.Domain.Roster;
using OneWindow.Review.Persistence.ReadModels;

namespace OneWindow.Review.Persistence;

/// <summary>
/// First review's database. The catalogue read model and the joint departments are the district's (no
/// tenant column: one standard); the roster, leave, files, joint requests and work tallies are each
/// centre's, under row-level security.
/// </summary>
public sealed class ReviewDbContext(DbContextOptions<ReviewDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    private static readonly JsonSerializerOptions DocumentJson = new(JsonSerializerDefaults.Web);

    public DbSet<Reviewer> Reviewers => Set<Reviewer>();

    public DbSet<LeavePeriod> Leave => Set<LeavePeriod>();

    public DbSet<ReviewFile> Files => Set<ReviewFile>();

    public DbSet<JointRequest> JointRequests => Set<JointRequest>();

    public DbSet<JointDepartment> JointDepartments => Set<JointDepartment>();

    public DbSet<CatalogueEntry> Catalogue => Set<CatalogueEntry>();

    public DbSet<CentreItemSupervisor> CentreSupervisors => Set<CentreItemSupervisor>();

    public DbSet<WorkDay> WorkDays => Set<WorkDay>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Reviewer>(reviewer =>
        {
            reviewer.ToTable("reviewers");
            reviewer.IsTenantOwned();
            reviewer.HasKey(r => r.Id);
            reviewer.HasIndex(TenantOwnership.PropertyName, nameof(Reviewer.StaffId)).IsUnique();
            reviewer.Property(r => r.StaffId).HasMaxLength(64);
            reviewer.Property(r => r.Department).HasConversion<string>().HasMaxLength(30);
            reviewer.PrimitiveCollection(r => r.Roles).HasField("_roles");
            reviewer.PrimitiveCollection(r => r.ItemsAsA).HasField("_itemsAsA");
            reviewer.PrimitiveCollection(r => r.ItemsAsB).HasField("_itemsAsB");
            reviewer.PrimitiveCollection(r => r.ItemsKnown).HasField("_itemsKnown");
        });
        modelBuilder.Entity<LeavePeriod>(leave =>
        {
            leave.ToTable("leave_periods");
            leave.IsTenantOwned();
            leave.HasKey(l => l.LeaveId);
            leave.Property(l => l.StaffId).HasMaxLength(64);
            leave.HasIndex(l => new { l.StaffId, l.From });
        });
        modelBuilder.Entity<ReviewFile>(file =>
        {
            file.ToTable("review_files");
            file.IsTenantOwned();
            file.HasKey(f => f.FileId);
            file.Property(f => f.FileId).ValueGeneratedNever();
            file.Property(f => f.ItemCode).HasMaxLength(40);
            file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.Status).HasConversion<string>().HasMaxLength(30);
            file.Property(f => f.AssignmentReason).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.AcceptingClerkStaffId).HasMaxLength(64);
            file.Property(f => f.ReviewerStaffId).HasMaxLength(64);
            file.Property(f => f.RecheckedBy).HasMaxLength(64);
            file.Property(f => f.DecidedBy).HasMaxLength(64);
            file.Property(f => f.EscalatedBy).HasMaxLength(64);
            file.Property(f => f.Reason).HasMaxLength(ReviewFile.MaxReasonLength);
            file.Property(f => f.EscalationReason).HasMaxLength(ReviewFile.MaxReasonLength);
            // The rounds of one file are read and written with it: one document.
            file.Property(f => f.Rounds).HasField("_rounds").HasJsonb(DocumentJson);
            // Two decisions on one file at once: the second finds the row changed (xmin) and is refused.
            file.Property<uint>("Version").IsRowVersion();
            file.Ignore(f => f.Returns);
            file.Ignore(f => f.IsOpen);
            file.HasIndex(f => new { f.Status, f.ReviewerStaffId });
            file.HasIndex(f => new { f.Status, f.Deadline });
        });
        modelBuilder.Entity<JointRequest>(request =>
        {
            request.ToTable("joint_requests");
            request.IsTenantOwned();
            request.HasKey(r => r.Id);
            request.HasIndex(r => r.FileId);
            request.Property(r => r.Department).HasMaxLength(100);
            request.Property(r => r.Contact).HasMaxLength(200);
            request.Property(r => r.Channel).HasMaxLength(50);
            request.Property(r => r.SentBy).HasMaxLength(64);
            request.Property(r => r.RecordedBy).HasMaxLength(64);
            request.Property(r => r.Reply).HasMaxLength(2_000);
            request.Ignore(r => r.Answered);
        });
        modelBuilder.Entity<JointDepartment>(department =>
        {
            department.ToTable("joint_departments");
            department.HasKey(d => d.Id);
            department.HasIndex(d => new { d.ItemCode, d.Department }).IsUnique();
            department.Property(d => d.ItemCode).HasMaxLength(40);
            department.Property(d => d.Department).HasMaxLength(100);
            department.Property(d => d.Contact).HasMaxLength(200);
            department.Property(d => d.Channel).HasMaxLength(50);
        });
        modelBuilder.Entity<CatalogueEntry>(entry =>
        {
            entry.ToTable("catalogue_entries");
            entry.HasKey(e => new { e.ItemCode, e.Version });
            entry.Property(e => e.ItemCode).HasMaxLength(40);
            entry.Property(e => e.Name).HasMaxLength(100);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.SupervisorStaffId).HasMaxLength(64);
            entry.Property(e => e.Materials).HasJsonb(DocumentJson);
        });
        modelBuilder.Entity<CentreItemSupervisor>(named =>
        {
            named.ToTable("centre_item_supervisors");
            named.IsTenantOwned();
            named.HasKey(n => n.Id);
            named.HasIndex(TenantOwnership.PropertyName, nameof(CentreItemSupervisor.ItemCode)).IsUnique();
            named.Property(n => n.ItemCode).HasMaxLength(40);
            named.Property(n => n.SupervisorStaffId).HasMaxLength(64);
        });
        modelBuilder.Entity<WorkDay>(day =>
        {
            day.ToTable("work_days");
            day.IsTenantOwned();
            day.HasKey(d => d.Id);
            day.HasIndex(TenantOwnership.PropertyName, nameof(WorkDay.StaffId), nameof(WorkDay.Day)).IsUnique();
            day.HasIndex(d => new { d.Published, d.Day });
            day.Property(d => d.StaffId).HasMaxLength(64);
        });
        modelBuilder.AddKnownCentres();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddWorkingCalendar();
        modelBuilder.AddAuditTrail();
    }
}
