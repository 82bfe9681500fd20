using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.HrPayroll.Domain.Calendar;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Domain.Withholding;
using OneWindow.HrPayroll.Persistence.ReadModels;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Persistence;

/// <summary>
/// The department's database. The pay scale is the district's (no tenant column: every centre pays on the
/// same scale), and so are the working-day calendar and the withholding rules; staff, leave, work data, evaluations and payroll are tenant-owned under row-level security.
/// </summary>
public sealed class HrPayrollDbContext(DbContextOptions<HrPayrollDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public static readonly JsonSerializerOptions DocumentJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>A run's shadow column: until when the replica computing it holds it (see <c>PayrollComputation</c>).</summary>
    public const string RunComputeLease = "ComputeLeaseUntil";

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<LeaveRequest> Leave => Set<LeaveRequest>();

    public DbSet<PayScaleVersion> PayScales => Set<PayScaleVersion>();

    public DbSet<CalendarYearVersion> CalendarYears => Set<CalendarYearVersion>();

    public DbSet<WithholdingRulesVersion> WithholdingRules => Set<WithholdingRulesVersion>();

    public DbSet<WithholdingDeclaration> WithholdingDeclarations => Set<WithholdingDeclaration>();

    public DbSet<WorkCount> WorkCounts => Set<WorkCount>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<PayrollRun> PayrollRuns => Set<PayrollRun>();

    public DbSet<Payslip> Payslips => Set<Payslip>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StaffMember>(staff =>
        {
            staff.ToTable("staff");
            staff.IsTenantOwned();
            staff.HasKey(s => s.Id);
            staff.HasIndex(TenantOwnership.PropertyName, nameof(StaffMember.StaffId)).IsUnique();
            staff.HasIndex(TenantOwnership.PropertyName, nameof(StaffMember.IdNumberIndex)).IsUnique();
            staff.Property(s => s.StaffId).HasMaxLength(64);
            staff.Property(s => s.Name).HasMaxLength(50);
            staff.Property(s => s.Department).HasConversion<string>().HasMaxLength(30);
            staff.Property(s => s.Tier).HasConversion<int>();
            staff.Property(s => s.Title).HasConversion<string>().HasMaxLength(30);
            staff.Property(s => s.Grid).HasMaxLength(40);
            staff.Property(s => s.IdNumberProtected).HasMaxLength(200);
            staff.Property(s => s.IdNumberIndex).HasMaxLength(64);
            staff.Property(s => s.BankAccountProtected).HasMaxLength(200);
            staff.PrimitiveCollection(s => s.Roles).HasField("_roles");
            staff.PrimitiveCollection(s => s.ItemsAsA).HasField("_itemsAsA");
            staff.PrimitiveCollection(s => s.ItemsAsB).HasField("_itemsAsB");
            staff.PrimitiveCollection(s => s.ItemsKnown).HasField("_itemsKnown");
        });
        modelBuilder.Entity<LeaveRequest>(leave =>
        {
            leave.ToTable("leave_requests");
            leave.IsTenantOwned();
            leave.HasKey(l => l.Id);
            leave.HasIndex(l => new { l.StaffId, l.From });
            leave.Property(l => l.StaffId).HasMaxLength(64);
            leave.Property(l => l.Department).HasConversion<string>().HasMaxLength(30);
            leave.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            leave.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
            leave.Property(l => l.Reason).HasMaxLength(500);
            leave.Property(l => l.RequestedBy).HasMaxLength(64);
            leave.Property(l => l.DecidedBy).HasMaxLength(64);
            leave.Property(l => l.DecisionNote).HasMaxLength(500);
        });
        modelBuilder.Entity<PayScaleVersion>(scale =>
        {
            scale.ToTable("pay_scale_versions");
            scale.HasKey(s => s.Id);
            scale.HasIndex(s => s.Version).IsUnique();
            scale.HasIndex(s => s.EffectiveFrom).IsUnique();
            scale.Property(s => s.PublishedBy).HasMaxLength(64);
            // A version never changes once published: its terms are one document.
            scale.Property(s => s.Terms).HasJsonb(DocumentJson);
        });
        modelBuilder.Entity<CalendarYearVersion>(year =>
        {
            // The district's, as the pay scale: no tenant column. A version is never changed once loaded.
            year.ToTable("working_calendar_versions");
            year.HasKey(y => y.Id);
            year.HasIndex(y => new { y.Year, y.Version }).IsUnique();
            year.Property(y => y.Reason).HasMaxLength(CalendarYearVersion.ReasonMaxLength);
            year.Property(y => y.LoadedBy).HasMaxLength(64);
            year.Property(y => y.Holidays).HasJsonb(DocumentJson);
            year.Property(y => y.WorkingWeekends).HasJsonb(DocumentJson);
        });
        modelBuilder.Entity<WithholdingRulesVersion>(rules =>
        {
            // The district's, as the pay scale: every centre withholds by the city's figures. Never changed once loaded.
            rules.ToTable("withholding_rule_versions");
            rules.HasKey(r => r.Id);
            rules.HasIndex(r => r.From).IsUnique();
            rules.Property(r => r.LoadedBy).HasMaxLength(64);
            rules.Property(r => r.Rules).HasJsonb(DocumentJson);
        });
        modelBuilder.Entity<WithholdingDeclaration>(declaration =>
        {
            declaration.ToTable("withholding_declarations");
            declaration.IsTenantOwned();
            declaration.HasKey(d => d.Id);
            declaration.HasIndex(TenantOwnership.PropertyName, nameof(WithholdingDeclaration.StaffId), nameof(WithholdingDeclaration.From));
            declaration.Property(d => d.StaffId).HasMaxLength(64);
            declaration.Property(d => d.ContributionBase).HasPrecision(12, 2);
            declaration.Property(d => d.DeclaredBy).HasMaxLength(64);
            declaration.Property(d => d.SpecialDeductions).HasJsonb(DocumentJson);
        });
        modelBuilder.Entity<WorkCount>(count =>
        {
            count.ToTable("work_counts");
            count.IsTenantOwned();
            count.HasKey(c => c.Id);
            count.HasIndex(TenantOwnership.PropertyName, nameof(WorkCount.StaffId), nameof(WorkCount.Month), nameof(WorkCount.Metric)).IsUnique();
            count.Property(c => c.StaffId).HasMaxLength(64);
            count.Property(c => c.Month).HasMaxLength(7);
            count.Property(c => c.Metric).HasConversion<string>().HasMaxLength(30);
            count.Property(c => c.Total).HasPrecision(14, 2);
        });
        modelBuilder.Entity<Evaluation>(evaluation =>
        {
            evaluation.ToTable("evaluations");
            evaluation.IsTenantOwned();
            evaluation.HasKey(e => e.Id);
            evaluation.HasIndex(TenantOwnership.PropertyName, nameof(Evaluation.Month), nameof(Evaluation.StaffId)).IsUnique();
            evaluation.Property(e => e.StaffId).HasMaxLength(64);
            evaluation.Property(e => e.Month).HasMaxLength(7);
            evaluation.Property(e => e.Department).HasConversion<string>().HasMaxLength(30);
            evaluation.Property(e => e.Award).HasConversion<string>().HasMaxLength(20);
            evaluation.Property(e => e.DataScore).HasPrecision(5, 1);
            evaluation.Property(e => e.Adjustment).HasPrecision(5, 1);
            evaluation.Property(e => e.FinalScore).HasPrecision(5, 1);
            evaluation.Property(e => e.Deduction).HasPrecision(12, 2);
            evaluation.Property(e => e.AdjustmentReason).HasMaxLength(500);
            evaluation.Property(e => e.DeductionReason).HasMaxLength(1_000);
            evaluation.Property(e => e.AdjustedBy).HasMaxLength(64);
            evaluation.Property(e => e.AwardConfirmedBy).HasMaxLength(64);
            evaluation.Property(e => e.Lines).HasField("_lines").HasJsonb(DocumentJson);
        });
        modelBuilder.Entity<PayrollRun>(run =>
        {
            run.ToTable("payroll_runs");
            run.IsTenantOwned();
            run.HasKey(r => r.Id);
            // The same month is never paid twice: one regular run per centre and month.
            run.HasIndex(TenantOwnership.PropertyName, nameof(PayrollRun.Month)).IsUnique().HasFilter("kind = 'Regular'");
            run.Property(r => r.Month).HasMaxLength(7);
            run.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            run.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            run.Property(r => r.GrossTotal).HasPrecision(14, 2);
            run.Property(r => r.NetTotal).HasPrecision(14, 2);
            run.Property(r => r.PreparedBy).HasMaxLength(64);
            run.Property(r => r.ReviewedBy).HasMaxLength(64);
            run.Property(r => r.ApprovedBy).HasMaxLength(64);
            run.Property(r => r.Reason).HasMaxLength(500);
            run.Property(r => r.Failure).HasMaxLength(100);
            run.Property(r => r.FailureDetail).HasMaxLength(500);
            // Which replica computes a run is the computation's concern, not the run's: a lease its computer renews.
            run.Property<DateTimeOffset?>(RunComputeLease);
            run.HasIndex(r => r.Status).HasFilter("status = 'Computing'");
        });
        modelBuilder.Entity<Payslip>(payslip =>
        {
            payslip.ToTable("payslips");
            payslip.IsTenantOwned();
            payslip.HasKey(p => p.Id);
            payslip.HasIndex(p => new { p.RunId, p.StaffId }).IsUnique();
            payslip.HasOne<PayrollRun>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
            payslip.Property(p => p.StaffId).HasMaxLength(64);
            payslip.Property(p => p.Name).HasMaxLength(50);
            payslip.Property(p => p.Month).HasMaxLength(7);
            payslip.Property(p => p.Net).HasPrecision(12, 2);
            payslip.Property(p => p.Note).HasMaxLength(500);
            payslip.Property(p => p.Lines).HasJsonb(DocumentJson);
        });
        modelBuilder.AddKnownCentres();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
