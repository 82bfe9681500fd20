using FluentValidation;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Application.Employment;
using OneWindow.SocialWork.Application.Outreach;
using OneWindow.SocialWork.Application.Plans;
using OneWindow.SocialWork.Application.Referrals;
using OneWindow.SocialWork.Application.Resources;
using OneWindow.SocialWork.Application.Statistics;
using OneWindow.SocialWork.Application.Visits;
using OneWindow.SocialWork.Background;
using OneWindow.SocialWork.Events;
using OneWindow.SocialWork.Grpc;
using OneWindow.SocialWork.Persistence;
using OneWindow.SocialWork.Seed;

namespace OneWindow.SocialWork;

internal static class SocialWorkRegistration
{
    public static IHostApplicationBuilder AddSocialWork(this IHostApplicationBuilder builder)
    {
        builder.AddTenantDbContext<SocialWorkDbContext>("social-work");
        builder.AddOutbox<SocialWorkDbContext>();
        builder.AddAuditTrail<SocialWorkDbContext>();
        builder.Services.AddCentreDirectory<SocialWorkDbContext>();
        builder.AddEventBus()
            .AddSubscription<CentreChanged, KnownCentreHandler<SocialWorkDbContext>>()
            .AddSubscription<ResidentRegistered, HouseholdFactsHandlers>()
            .AddSubscription<ResidentUpdated, HouseholdFactsHandlers>()
            .AddSubscription<HouseholdChanged, HouseholdFactsHandlers>()
            .AddSubscription<ApplicationAccepted, ApplicationHandlers>()
            .AddSubscription<ApplicationReviewed, ApplicationHandlers>()
            .AddSubscription<ApplicationRejected, ApplicationHandlers>()
            .AddSubscription<BenefitEnded, BenefitHandlers>()
            .AddSubscription<DisbursementScheduled, BenefitHandlers>()
            .AddSubscription<CatalogueItemPublished, CatalogueHandler>();
        builder.AddPlatformGrpcClient<OneWindow.PolicyLaw.V1.Eligibility.EligibilityClient>("policy-law");
        builder.Services.AddOptions<SocialWorkOptions>().BindConfiguration(SocialWorkOptions.Section);
        builder.Services.AddValidatorsFromAssemblyContaining<SocialWorkDbContext>(includeInternalTypes: true);
        builder.Services.AddSingleton<IPostMigrationStep, DefaultRules>();

        builder.Services.AddScoped<CaseAccess>();
        builder.Services.AddScoped<CaseOpening>();
        builder.Services.AddScoped<CaseReader>();
        builder.Services.AddScoped<OpenCase>();
        builder.Services.AddScoped<AdvanceCase>();
        builder.Services.AddScoped<CloseCase>();
        builder.Services.AddScoped<AssignWorker>();
        builder.Services.AddScoped<DescribeSituation>();
        builder.Services.AddScoped<AddNote>();
        builder.Services.AddScoped<ReadSensitiveNotes>();
        builder.Services.AddScoped<ReferralReader>();
        builder.Services.AddScoped<MakeReferral>();
        builder.Services.AddScoped<AcceptReferral>();
        builder.Services.AddScoped<DeclineReferral>();
        builder.Services.AddScoped<VisitAccess>();
        builder.Services.AddScoped<VisitReader>();
        builder.Services.AddScoped<ScheduleVisit>();
        builder.Services.AddScoped<RecordVisit>();
        builder.Services.AddScoped<MissVisit>();
        builder.Services.AddScoped<EligibilityLookup>();
        builder.Services.AddScoped<PlanAccess>();
        builder.Services.AddScoped<PlanReader>();
        builder.Services.AddScoped<DraftPlan>();
        builder.Services.AddScoped<AddAction>();
        builder.Services.AddScoped<SettleAction>();
        builder.Services.AddScoped<LinkPolicy>();
        builder.Services.AddScoped<LinkResource>();
        builder.Services.AddScoped<ResourceReader>();
        builder.Services.AddScoped<RegisterResource>();
        builder.Services.AddScoped<UpdateResource>();
        builder.Services.AddScoped<ConcludeResourceReferral>();
        builder.Services.AddScoped<EmploymentReader>();
        builder.Services.AddScoped<RecordSurvey>();
        builder.Services.AddScoped<RecommendJob>();
        builder.Services.AddScoped<RecordJobOutcome>();
        builder.Services.AddScoped<RecordReception>();
        builder.Services.AddScoped<RuleReader>();
        builder.Services.AddScoped<UpdateRule>();
        builder.Services.AddScoped<SilentFamilyScanner>();
        builder.Services.AddScoped<ScanSilentFamilies>();
        builder.Services.AddScoped<NightlyScan>();
        builder.Services.AddHostedService<NightlyScanService>();
        builder.Services.AddScoped<ScanReader>();
        builder.AddSignalledJob<SilentFamilyScanning, ScansRequested, ScansRequestedInterceptor>();
        builder.Services.AddScoped<FindingReader>();
        builder.Services.AddScoped<DecideFinding>();
        builder.Services.AddScoped<StatisticsReader>();
        builder.Services.AddScoped<IDemoSeeder, DemoSeeder>();
        return builder;
    }

    public static WebApplication MapSocialWork(this WebApplication app)
    {
        app.MapGrpcService<ReferralsService>();
        app.MapGrpcService<CasesService>();
        app.MapGrpcService<HouseholdsService>();
        app.MapGrpcService<HomeVisitsService>();
        app.MapGrpcService<PlansService>();
        app.MapGrpcService<ResourcesService>();
        app.MapGrpcService<EmploymentService>();
        app.MapGrpcService<SilentFamiliesService>();
        app.MapGrpcService<StatisticsService>();
        app.MapAuditTrail();
        app.MapEventSubscriptions();
        return app;
    }
}
