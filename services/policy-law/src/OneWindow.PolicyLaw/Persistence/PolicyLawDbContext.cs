using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;
using OneWindow.PolicyLaw.Domain.Approval;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Domain.Eligibility;
using OneWindow.PolicyLaw.Domain.Knowledge;
using OneWindow.PolicyLaw.Domain.Quality;
using OneWindow.PolicyLaw.Persistence.ReadModels;

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

    public DbSet<DefinedFact> DefinedFacts => Set<DefinedFact>();

    public DbSet<ApprovalCase> ApprovalCases => Set<ApprovalCase>();

    public DbSet<HouseholdFactsRecord> HouseholdFacts => Set<HouseholdFactsRecord>();

    public DbSet<DisbursementSchedule> DisbursementSchedules => Set<DisbursementSchedule>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<PaymentBatch> PaymentBatches => Set<PaymentBatch>();

    public DbSet<PaymentRecord> PaymentRecords => Set<PaymentRecord>();

    public DbSet<Payee> Payees => Set<Payee>();

    public DbSet<PolicyAnswer> PolicyAnswers => Set<PolicyAnswer>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<ReviewedDecision> ReviewedDecisions => Set<ReviewedDecision>();

    public DbSet<QualityCheck> QualityChecks => Set<QualityCheck>();

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
            version.Property(v => v.Terms).HasJsonb(TermsJson);
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
        modelBuilder.Entity<DefinedFact>(fact =>
        {
            // The district's, like the catalogue: no tenant column, every centre's rules read the same facts.
            fact.ToTable("defined_facts");
            fact.HasKey(f => f.Id);
            fact.HasIndex(f => new { f.Name, f.Version }).IsUnique();
            fact.Property(f => f.Name).HasMaxLength(40);
            fact.Property(f => f.Label).HasMaxLength(20);
            fact.Property(f => f.Type).HasConversion<string>().HasMaxLength(20);
            fact.Property(f => f.Unit).HasMaxLength(8);
            fact.Property(f => f.Source).HasMaxLength(60);
            fact.Property(f => f.DefinedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<ApprovalCase>(approval =>
        {
            approval.ToTable("approval_cases");
            approval.IsTenantOwned();
            approval.HasKey(a => a.Id);
            approval.HasIndex(a => a.FileId).IsUnique();
            approval.HasIndex(a => new { a.Status, a.Deadline });
            approval.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            approval.Property(a => a.ItemCode).HasMaxLength(40);
            approval.Property(a => a.ReviewerStaffId).HasMaxLength(64);
            approval.Property(a => a.AcceptingClerkStaffId).HasMaxLength(64);
            approval.Property(a => a.SupervisorStaffId).HasMaxLength(64);
            approval.Property(a => a.RecheckedBy).HasMaxLength(64);
            approval.Property(a => a.DecidedBy).HasMaxLength(64);
            approval.Property(a => a.Reason).HasMaxLength(1_000);
            approval.Property(a => a.ApprovedAmount).HasPrecision(12, 2);
            approval.Property(a => a.RuleAmount).HasPrecision(12, 2);
            approval.Property(a => a.AmountReason).HasMaxLength(500);
            approval.Property(a => a.ConfirmedBy).HasMaxLength(64);
            approval.Property(a => a.SentBackBy).HasMaxLength(64);
            approval.Property(a => a.SentBackReason).HasMaxLength(1_000);
        });
        modelBuilder.Entity<HouseholdFactsRecord>(facts =>
        {
            facts.ToTable("household_facts");
            facts.IsTenantOwned();
            facts.HasKey(f => f.Id);
            facts.HasIndex(f => f.HouseholdId).IsUnique();
            facts.Property(f => f.PerCapitaIncome).HasPrecision(12, 2);
            facts.PrimitiveCollection(f => f.Benefits).HasField("_benefits");
        });
        modelBuilder.Entity<DisbursementSchedule>(schedule =>
        {
            schedule.ToTable("disbursement_schedules");
            schedule.IsTenantOwned();
            schedule.HasKey(s => s.Id);
            // One schedule per household and item: approving twice schedules once.
            schedule.HasIndex(s => new { s.HouseholdId, s.ItemCode }).IsUnique();
            schedule.Property(s => s.ItemCode).HasMaxLength(40);
            schedule.Property(s => s.FirstPeriod).HasMaxLength(7);
            schedule.Property(s => s.LastPeriod).HasMaxLength(7);
            schedule.Property(s => s.MonthlyAmount).HasPrecision(12, 2);
            schedule.Property(s => s.RuleAmount).HasPrecision(12, 2);
            schedule.Property(s => s.AmountReason).HasMaxLength(500);
            schedule.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("ledger_entries");
            entry.IsTenantOwned();
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.ItemCode).HasMaxLength(40);
            entry.Property(e => e.Period).HasMaxLength(7);
            entry.Property(e => e.Amount).HasPrecision(12, 2);
            entry.Property(e => e.EnteredBy).HasMaxLength(64);
            entry.Property(e => e.Reason).HasMaxLength(500);
            // Idempotent per household, item and period: a batch prepared twice pays once; a payment the bank returned is
            // paid again once, by its retry.
            entry.HasIndex(e => new { e.HouseholdId, e.ItemCode, e.Period }).IsUnique().HasFilter("kind = 'Payment' AND retry_of IS NULL");
            entry.HasIndex(e => e.RetryOf).IsUnique().HasFilter("retry_of IS NOT NULL");
            entry.HasIndex(e => e.Reverses).IsUnique().HasFilter("reverses IS NOT NULL");
            entry.HasIndex(e => e.BatchId);
        });
        modelBuilder.Entity<PaymentBatch>(batch =>
        {
            batch.ToTable("payment_batches");
            batch.IsTenantOwned();
            batch.HasKey(b => b.Id);
            batch.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
            batch.Property(b => b.Period).HasMaxLength(7);
            batch.Property(b => b.Total).HasPrecision(14, 2);
            batch.Property(b => b.PreparedBy).HasMaxLength(64);
            batch.Property(b => b.ApprovedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<Payee>(payee =>
        {
            payee.ToTable("payees");
            payee.IsTenantOwned();
            payee.HasKey(p => p.Id);
            payee.HasIndex(p => new { p.HouseholdId, p.ItemCode }).IsUnique();
            payee.Property(p => p.ItemCode).HasMaxLength(40);
            payee.Property(p => p.NameProtected).HasMaxLength(300);
            payee.Property(p => p.AccountProtected).HasMaxLength(300);
            payee.Property(p => p.RecordedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<PaymentRecord>(record =>
        {
            record.ToTable("payment_records");
            record.IsTenantOwned();
            record.HasKey(r => r.Id);
            record.HasIndex(r => r.EntryId).IsUnique();
            record.Property(r => r.BankReference).HasMaxLength(64);
            record.Property(r => r.Note).HasMaxLength(200);
        });
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<PolicyAnswer>(answer =>
        {
            // District-wide: the department's one voice, the same at every centre's consultation window.
            answer.ToTable("policy_answers");
            answer.HasKey(a => a.Id);
            answer.Property(a => a.ItemCode).HasMaxLength(40);
            answer.Property(a => a.Question).HasMaxLength(500);
            answer.Property(a => a.Answer).HasMaxLength(4_000);
            answer.Property(a => a.UpdatedBy).HasMaxLength(64);
            answer.Property(a => a.Centre).HasMaxLength(32);
            answer.HasIndex(a => a.Question).HasMethod("gin").HasOperators("gin_trgm_ops");
            answer.HasIndex(a => a.Answer).HasMethod("gin").HasOperators("gin_trgm_ops");
        });
        modelBuilder.Entity<TrainingSession>(session =>
        {
            session.ToTable("training_sessions");
            session.IsTenantOwned();
            session.HasKey(t => t.Id);
            session.Property(t => t.Title).HasMaxLength(200);
            session.Property(t => t.Trainer).HasMaxLength(64);
            session.PrimitiveCollection(t => t.ItemCodes).HasField("_itemCodes");
            session.PrimitiveCollection(t => t.AttendeeStaffIds).HasField("_attendeeStaffIds");
        });
        modelBuilder.Entity<ReviewedDecision>(decision =>
        {
            decision.ToTable("reviewed_decisions");
            decision.IsTenantOwned();
            decision.HasKey(d => d.Id);
            decision.HasIndex(d => new { d.FileId, d.ReviewedAt }).IsUnique();
            decision.HasIndex(d => new { d.Month, d.ReviewerStaffId });
            decision.Property(d => d.ReviewerStaffId).HasMaxLength(64);
            decision.Property(d => d.ItemCode).HasMaxLength(40);
            decision.Property(d => d.Outcome).HasMaxLength(20);
            decision.Property(d => d.Month).HasMaxLength(7);
        });
        modelBuilder.Entity<QualityCheck>(check =>
        {
            check.ToTable("quality_checks");
            check.IsTenantOwned();
            check.HasKey(c => c.Id);
            check.HasIndex(c => c.FileId).IsUnique();
            check.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
            check.Property(c => c.ReviewerStaffId).HasMaxLength(64);
            check.Property(c => c.ItemCode).HasMaxLength(40);
            check.Property(c => c.ReviewOutcome).HasMaxLength(20);
            check.Property(c => c.Month).HasMaxLength(7);
            check.Property(c => c.ErrorCategory).HasMaxLength(40);
            check.Property(c => c.Note).HasMaxLength(1_000);
            check.Property(c => c.CheckedBy).HasMaxLength(64);
        });
        modelBuilder.AddKnownCentres();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddWorkingCalendar();
        modelBuilder.AddAuditTrail();
    }
}
