using FluentValidation;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.EventBus;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;
using OneWindow.Events;
using OneWindow.PolicyLaw.Application.Approval;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Application.Disbursement;
using OneWindow.PolicyLaw.Application.Eligibility;
using OneWindow.PolicyLaw.Application.Knowledge;
using OneWindow.PolicyLaw.Application.Quality;
using OneWindow.PolicyLaw.Events;
using OneWindow.PolicyLaw.Grpc;
using OneWindow.PolicyLaw.Http;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.Seed;
using OneWindow.PolicyLaw.Background;

namespace OneWindow.PolicyLaw;

internal static class PolicyLawRegistration
{
    public static IHostApplicationBuilder AddPolicyLaw(this IHostApplicationBuilder builder)
    {
        builder.AddTenantDbContext<PolicyLawDbContext>("policy-law");
        builder.AddOutbox<PolicyLawDbContext>();
        builder.AddWorkingCalendar<PolicyLawDbContext>();
        builder.AddAuditTrail<PolicyLawDbContext>();
        builder.Services.AddCentreDirectory<PolicyLawDbContext>();
        builder.AddEventBus()
            .AddSubscription<CentreChanged, KnownCentreHandler<PolicyLawDbContext>>()
            .AddSubscription<WorkingCalendarChanged, WorkingCalendarHandler<PolicyLawDbContext>>()
            .AddSubscription<ApplicationReviewed, ApplicationReviewedHandler>()
            .AddSubscription<HouseholdChanged, HouseholdFactsHandlers>();
        builder.Services.AddOptions<PolicyLawOptions>().BindConfiguration(PolicyLawOptions.Section);
        builder.Services.AddSingleton<IPostMigrationStep, LedgerHardening>();
        builder.Services.AddValidatorsFromAssemblyContaining<PolicyLawDbContext>(includeInternalTypes: true);

        builder.Services.AddSingleton<CatalogueCache>();
        builder.Services.AddScoped<CatalogueReader>();
        builder.Services.AddScoped<CreateServiceItem>();
        builder.Services.AddScoped<PublishItemVersion>();
        builder.Services.AddScoped<ChangeCentreItemSetting>();
        builder.Services.AddScoped<CheckEligibility>();
        builder.Services.AddScoped<FactDefinitions>();
        builder.Services.AddScoped<ApprovalReader>();
        builder.Services.AddScoped<DecideApproval>();
        builder.Services.AddScoped<BenefitAmount>();
        builder.Services.AddScoped<ScheduleDisbursement>();
        builder.Services.AddScoped<DisbursementReader>();
        builder.Services.AddScoped<PrepareBatch>();
        builder.Services.AddScoped<ApproveBatch>();
        builder.Services.AddScoped<ExportBatch>();
        builder.Services.AddScoped<ImportBankReturn>();
        builder.Services.AddScoped<ReverseEntry>();
        builder.Services.AddScoped<RecordPayee>();
        builder.Services.AddScoped<RunBenefitReviews>();
        builder.Services.AddScoped<ReinstateBenefit>();
        builder.Services.AddScoped<KnowledgeReader>();
        builder.Services.AddScoped<SaveAnswer>();
        builder.Services.AddScoped<RecordTraining>();
        builder.Services.AddScoped<QualityReader>();
        builder.Services.AddScoped<DrawQualitySample>();
        builder.Services.AddScoped<RecordQualityCheck>();
        builder.Services.AddHostedService<EligibilityRulesWarmUp>();
        builder.Services.AddHostedService<ApprovalDeadlineWatch>();
        builder.Services.AddHostedService<BenefitReviewWatch>();
        builder.Services.AddScoped<IDemoSeeder, CatalogueSeeder>();
        // After the catalogue, whose review terms it reads.
        builder.Services.AddScoped<IDemoSeeder, LapsedReviewSeeder>();
        return builder;
    }

    public static WebApplication MapPolicyLaw(this WebApplication app)
    {
        app.MapGrpcService<CatalogueService>();
        app.MapGrpcService<EligibilityService>();
        app.MapGrpcService<ApprovalService>();
        app.MapGrpcService<DisbursementService>();
        app.MapGrpcService<KnowledgeService>();
        app.MapGrpcService<QualityChecksService>();
        app.MapAuditTrail();
        app.MapPrintableGuides();
        app.MapEventSubscriptions();
        return app;
    }
}
