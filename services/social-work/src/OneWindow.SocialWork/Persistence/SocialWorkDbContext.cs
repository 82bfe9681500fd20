using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence.ReadModels;

namespace OneWindow.SocialWork.Persistence;

/// <summary>
/// The department's database. Silent-family rules and catalogue names are the district's (no tenant column);
/// everything about households, cases and resources is tenant-owned under row-level security.
/// </summary>
public sealed class SocialWorkDbContext(DbContextOptions<SocialWorkDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public static readonly JsonSerializerOptions DocumentJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>A centre's scan's shadow column: until when the replica scanning it holds it (see <c>SilentFamilyScanning</c>).</summary>
    public const string ScanLease = "ScanLeaseUntil";

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<SocialCase> Cases => Set<SocialCase>();

    public DbSet<CaseNote> Notes => Set<CaseNote>();

    public DbSet<HomeVisit> Visits => Set<HomeVisit>();

    public DbSet<AssistancePlan> Plans => Set<AssistancePlan>();

    public DbSet<SocialResource> Resources => Set<SocialResource>();

    public DbSet<ResourceReferral> ResourceReferrals => Set<ResourceReferral>();

    public DbSet<LabourSurvey> Surveys => Set<LabourSurvey>();

    public DbSet<JobRecommendation> JobRecommendations => Set<JobRecommendation>();

    public DbSet<Reception> Receptions => Set<Reception>();

    public DbSet<SilentFamilyFinding> Findings => Set<SilentFamilyFinding>();

    public DbSet<CentreScan> Scans => Set<CentreScan>();

    public DbSet<SilentFamilyRuleRecord> Rules => Set<SilentFamilyRuleRecord>();

    public DbSet<HouseholdRecord> Households => Set<HouseholdRecord>();

    public DbSet<HouseholdObservation> Observations => Set<HouseholdObservation>();

    public DbSet<ApplicationFileRecord> Files => Set<ApplicationFileRecord>();

    public DbSet<CatalogueItemRecord> Catalogue => Set<CatalogueItemRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Referral>(referral =>
        {
            referral.ToTable("referrals");
            referral.IsTenantOwned();
            referral.HasKey(r => r.Id);
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.HasIndex(r => new { r.Status, r.ReferredAt });
            referral.HasIndex(r => r.HouseholdId);
            // A rejected file refers its household once, however often the decision is told.
            referral.HasIndex(TenantOwnership.PropertyName, nameof(Referral.FileId)).IsUnique().HasFilter("file_id IS NOT NULL");
            referral.Property(r => r.Source).HasConversion<string>().HasMaxLength(30);
            referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            referral.Property(r => r.ItemCode).HasMaxLength(40);
            referral.Property(r => r.Reason).HasMaxLength(Referral.MaxReasonLength);
            referral.Property(r => r.ReferredBy).HasMaxLength(64);
            referral.Property(r => r.DecidedBy).HasMaxLength(64);
            referral.Property(r => r.DeclineReason).HasMaxLength(1_000);
        });
        modelBuilder.Entity<SocialCase>(socialCase =>
        {
            socialCase.ToTable("cases");
            socialCase.IsTenantOwned();
            socialCase.HasKey(c => c.Id);
            socialCase.Property(c => c.Id).ValueGeneratedNever();
            socialCase.HasIndex(c => c.HouseholdId);
            socialCase.HasIndex(c => new { c.Status, c.OpenedAt });
            socialCase.Property(c => c.Origin).HasConversion<string>().HasMaxLength(30);
            socialCase.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            socialCase.Property(c => c.ClosureReason).HasConversion<string>().HasMaxLength(30);
            socialCase.Property(c => c.Reason).HasMaxLength(2_000);
            socialCase.Property(c => c.LeadWorker).HasMaxLength(64);
            socialCase.Property(c => c.OpenedBy).HasMaxLength(64);
            socialCase.Property(c => c.ClosureNote).HasMaxLength(1_000);
            socialCase.PrimitiveCollection(c => c.Workers).HasField("_workers");
            socialCase.Property(c => c.Steps).HasField("_steps").HasJsonb(DocumentJson);
            socialCase.Property(c => c.Situation).HasJsonb(DocumentJson);
            // Two workers changing one case at once: the second is told to reload instead of overwriting.
            socialCase.Property<uint>("Version").IsRowVersion().HasColumnName("xmin");
        });
        modelBuilder.Entity<CaseNote>(note =>
        {
            note.ToTable("case_notes");
            note.IsTenantOwned();
            note.HasKey(n => n.Id);
            note.Property(n => n.Id).ValueGeneratedNever();
            note.HasIndex(n => new { n.CaseId, n.WrittenAt });
            note.HasOne<SocialCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
            // Ciphertext of a sensitive note is longer than its text.
            note.Property(n => n.Text).HasMaxLength(16_000);
            note.Property(n => n.WrittenBy).HasMaxLength(64);
        });
        modelBuilder.Entity<HomeVisit>(visit =>
        {
            visit.ToTable("home_visits");
            visit.IsTenantOwned();
            visit.HasKey(v => v.Id);
            visit.Property(v => v.Id).ValueGeneratedNever();
            visit.HasIndex(v => new { v.WorkerStaffId, v.Status, v.ScheduledOn });
            visit.HasIndex(v => v.HouseholdId);
            visit.HasIndex(v => v.CaseId);
            visit.Property(v => v.WorkerStaffId).HasMaxLength(64);
            visit.Property(v => v.Purpose).HasConversion<string>().HasMaxLength(30);
            visit.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            visit.Property(v => v.Findings).HasMaxLength(HomeVisit.MaxFindingsLength);
            visit.Property(v => v.MissedReason).HasMaxLength(1_000);
        });
        modelBuilder.Entity<AssistancePlan>(plan =>
        {
            plan.ToTable("assistance_plans");
            plan.IsTenantOwned();
            plan.HasKey(p => p.Id);
            plan.Property(p => p.Id).ValueGeneratedNever();
            plan.HasIndex(p => p.CaseId).IsUnique();
            plan.HasOne<SocialCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
            plan.PrimitiveCollection(p => p.Goals).HasField("_goals");
            plan.Property(p => p.Actions).HasField("_actions").HasJsonb(DocumentJson);
            plan.Property(p => p.Policies).HasField("_policies").HasJsonb(DocumentJson);
            plan.Property(p => p.Resources).HasField("_resources").HasJsonb(DocumentJson);
            plan.Property(p => p.UpdatedBy).HasMaxLength(64);
            plan.Property<uint>("Version").IsRowVersion().HasColumnName("xmin");
        });
        modelBuilder.Entity<SocialResource>(resource =>
        {
            resource.ToTable("resources");
            resource.IsTenantOwned();
            resource.HasKey(r => r.Id);
            resource.Property(r => r.Id).ValueGeneratedNever();
            resource.HasIndex(TenantOwnership.PropertyName, nameof(SocialResource.Name)).IsUnique();
            resource.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            resource.Property(r => r.Name).HasMaxLength(100);
            resource.Property(r => r.Description).HasMaxLength(1_000);
            resource.Property(r => r.Services).HasField("_services").HasJsonb(DocumentJson);
            resource.Property(r => r.ContactName).HasMaxLength(50);
            resource.Property(r => r.ContactPhone).HasMaxLength(30);
            resource.Property(r => r.Address).HasMaxLength(200);
            // The last free place goes to one referral only: the second writer fails and is refused.
            resource.Property<uint>("Version").IsRowVersion().HasColumnName("xmin");
        });
        modelBuilder.Entity<ResourceReferral>(referral =>
        {
            referral.ToTable("resource_referrals");
            referral.IsTenantOwned();
            referral.HasKey(r => r.Id);
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.HasIndex(r => new { r.ResourceId, r.Status });
            referral.HasIndex(r => r.CaseId);
            referral.HasOne<SocialResource>().WithMany().HasForeignKey(r => r.ResourceId).OnDelete(DeleteBehavior.Restrict);
            referral.HasOne<SocialCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
            referral.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            referral.Property(r => r.Note).HasMaxLength(1_000);
            referral.Property(r => r.MadeBy).HasMaxLength(64);
            referral.Property(r => r.Outcome).HasMaxLength(1_000);
            referral.Property(r => r.ConcludedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<LabourSurvey>(survey =>
        {
            survey.ToTable("labour_surveys");
            survey.IsTenantOwned();
            survey.HasKey(s => s.Id);
            survey.Property(s => s.Id).ValueGeneratedNever();
            survey.HasIndex(s => s.SurveyedOn);
            survey.HasIndex(s => s.HouseholdId);
            survey.Property(s => s.Employment).HasConversion<string>().HasMaxLength(30);
            survey.Property(s => s.Note).HasMaxLength(1_000);
            survey.Property(s => s.SurveyedBy).HasMaxLength(64);
            survey.PrimitiveCollection(s => s.Skills).HasField("_skills");
        });
        modelBuilder.Entity<JobRecommendation>(recommendation =>
        {
            recommendation.ToTable("job_recommendations");
            recommendation.IsTenantOwned();
            recommendation.HasKey(r => r.Id);
            recommendation.Property(r => r.Id).ValueGeneratedNever();
            recommendation.HasIndex(r => r.RecommendedOn);
            recommendation.HasIndex(r => r.HouseholdId);
            recommendation.Property(r => r.Employer).HasMaxLength(100);
            recommendation.Property(r => r.Position).HasMaxLength(100);
            recommendation.Property(r => r.RecommendedBy).HasMaxLength(64);
            recommendation.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
            recommendation.Property(r => r.OutcomeNote).HasMaxLength(1_000);
        });
        modelBuilder.Entity<Reception>(reception =>
        {
            reception.ToTable("receptions");
            reception.IsTenantOwned();
            reception.HasKey(r => r.Id);
            reception.Property(r => r.Id).ValueGeneratedNever();
            reception.HasIndex(r => r.ReceivedAt);
            reception.HasIndex(r => r.HouseholdId);
            reception.Property(r => r.ReceivedBy).HasMaxLength(64);
            reception.Property(r => r.Concern).HasConversion<string>().HasMaxLength(30);
            reception.Property(r => r.Note).HasMaxLength(1_000);
        });
        modelBuilder.Entity<SilentFamilyFinding>(finding =>
        {
            finding.ToTable("silent_family_findings");
            finding.IsTenantOwned();
            finding.HasKey(f => f.Id);
            finding.Property(f => f.Id).ValueGeneratedNever();
            finding.HasIndex(f => new { f.Status, f.FoundAt });
            // One open finding per household: two scans at once cannot flag a family twice.
            finding.HasIndex(TenantOwnership.PropertyName, nameof(SilentFamilyFinding.HouseholdId)).IsUnique().HasFilter("status IN ('Open', 'Deferred')");
            finding.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            finding.Property(f => f.Reasons).HasField("_reasons").HasJsonb(DocumentJson);
            finding.Property(f => f.DecidedBy).HasMaxLength(64);
            finding.Property(f => f.DismissReason).HasMaxLength(1_000);
        });
        modelBuilder.Entity<CentreScan>(scan =>
        {
            scan.ToTable("silent_family_scans");
            scan.IsTenantOwned();
            scan.HasKey(s => s.Id);
            scan.Property(s => s.Id).ValueGeneratedNever();
            scan.HasIndex(s => new { s.RequestedAt, s.ScanId });
            // One scan of a centre under way at a time: two asked at once cannot both start.
            scan.HasIndex([TenantOwnership.PropertyName], "ix_silent_family_scans_running").IsUnique().HasFilter("status = 'Scanning'");
            scan.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            scan.Property(s => s.RequestedBy).HasMaxLength(64);
            scan.Property(s => s.Failure).HasMaxLength(100);
            scan.Property(s => s.FailureDetail).HasMaxLength(500);
            // Which replica scans a centre is the scanning's concern, not the scan's: a lease its scanner renews.
            scan.Property<DateTimeOffset?>(ScanLease);
        });
        modelBuilder.Entity<SilentFamilyRuleRecord>(rule =>
        {
            // District-wide: the district standard for every centre.
            rule.ToTable("silent_family_rules");
            rule.HasKey(r => r.Code);
            rule.Property(r => r.Code).HasMaxLength(40);
            rule.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
            rule.Property(r => r.Parameters).HasJsonb(DocumentJson);
            rule.Property(r => r.Description).HasMaxLength(200);
            rule.Property(r => r.UpdatedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<HouseholdRecord>(household =>
        {
            household.ToTable("households");
            household.IsTenantOwned();
            household.HasKey(h => h.HouseholdId);
            household.Property(h => h.HouseholdId).ValueGeneratedNever();
            household.Property(h => h.HukouDistrict).HasMaxLength(6);
            household.Property(h => h.PerCapitaIncome).HasPrecision(12, 2);
        });
        modelBuilder.Entity<HouseholdObservation>(observation =>
        {
            observation.ToTable("household_observations");
            observation.IsTenantOwned();
            observation.HasKey(o => o.Id);
            observation.Property(o => o.Id).ValueGeneratedNever();
            observation.HasIndex(o => new { o.HouseholdId, o.At });
            observation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
            observation.Property(o => o.ItemCode).HasMaxLength(40);
            observation.Property(o => o.PerCapitaIncome).HasPrecision(12, 2);
        });
        modelBuilder.Entity<ApplicationFileRecord>(file =>
        {
            file.ToTable("application_files");
            file.IsTenantOwned();
            file.HasKey(f => f.FileId);
            file.Property(f => f.FileId).ValueGeneratedNever();
            file.HasIndex(f => f.HouseholdId);
            file.Property(f => f.ItemCode).HasMaxLength(40);
            file.Property(f => f.RejectionReason).HasMaxLength(1_000);
        });
        modelBuilder.Entity<CatalogueItemRecord>(item =>
        {
            item.ToTable("catalogue_items");
            item.HasKey(i => i.ItemCode);
            item.Property(i => i.ItemCode).HasMaxLength(40);
            item.Property(i => i.Name).HasMaxLength(100);
        });
        modelBuilder.AddKnownCentres();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
    }
}
