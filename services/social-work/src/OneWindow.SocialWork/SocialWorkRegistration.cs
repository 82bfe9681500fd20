using FluentValidation;
using OneWindow.Audit;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Application;
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
        builder.AddEventBus()
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
        builder.Services.AddScoped<CaseUseCases>();
        builder.Services.AddScoped<CaseReader>();
        builder.Services.AddScoped<ReferralReader>();
        builder.Services.AddScoped<VisitUseCases>();
        builder.Services.AddScoped<EligibilityLookup>();
        builder.Services.AddScoped<PlanUseCases>();
        builder.Services.AddScoped<ResourceUseCases>();
        builder.Services.AddScoped<EmploymentUseCases>();
        builder.Services.AddScoped<RuleBook>();
        builder.Services.AddScoped<SilentFamilyScanner>();
        builder.Services.AddScoped<ScanSilentFamilies>();
        builder.Services.AddScoped<FindingUseCases>();
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
        app.MapEventSubscriptions();
        return app;
    }
}
