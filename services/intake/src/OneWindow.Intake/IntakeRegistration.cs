using FluentValidation;
using OneWindow.Audit;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Centres;
using OneWindow.Intake.Application.Acceptance;
using OneWindow.Intake.Application.Centres;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Application.Fees;
using OneWindow.Intake.Application.Planning;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Application.Residents;
using OneWindow.Intake.Application.Satisfaction;
using OneWindow.Intake.Application.Statistics;
using OneWindow.Intake.Events;
using OneWindow.Intake.Grpc;
using OneWindow.Intake.Http;
using OneWindow.Intake.Persistence;
using OneWindow.Intake.Seed;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;

namespace OneWindow.Intake;

internal static class IntakeRegistration
{
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.AddTenantDbContext<IntakeDbContext>("intake");
        builder.AddOutbox<IntakeDbContext>();
        builder.AddWorkingCalendar<IntakeDbContext>();
        builder.AddAuditTrail<IntakeDbContext>();
        builder.AddEventBus()
            .AddSubscription<CatalogueItemPublished, CatalogueHandlers>()
            .AddSubscription<CentreItemSettingsChanged, CatalogueHandlers>()
            .AddSubscription<ApplicationReviewed, FileProgressHandlers>()
            .AddSubscription<ApplicationApproved, FileProgressHandlers>()
            .AddSubscription<ApplicationRejected, FileProgressHandlers>()
            .AddSubscription<FileDeadlineChanged, FileProgressHandlers>()
            .AddSubscription<WorkingCalendarChanged, WorkingCalendarHandler<IntakeDbContext>>()
            .AddSubscription<DeliveryTaskCreated, DeliveryHandlers>()
            .AddSubscription<DeliveryConfirmed, DeliveryHandlers>()
            .AddSubscription<DeliveryFailed, DeliveryHandlers>()
            .AddSubscription<BenefitGranted, BenefitHandlers>()
            .AddSubscription<BenefitEnded, BenefitHandlers>();
        builder.Services.AddCentreDirectory<IntakeDbContext>();
        builder.AddPlatformGrpcClient<OneWindow.PolicyLaw.V1.Eligibility.EligibilityClient>("policy-law");
        builder.Services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section);
        builder.Services.AddValidatorsFromAssemblyContaining<IntakeDbContext>(includeInternalTypes: true);

        builder.Services.AddScoped<CentreCopy>();
        builder.Services.AddScoped<RegisterCentre>();
        builder.Services.AddScoped<ChangeCentre>();
        builder.Services.AddScoped<CentreReader>();
        builder.Services.AddScoped<CentreHours>();
        builder.Services.AddSingleton<PersonalDataIndex>();
        builder.Services.AddSingleton<TicketNumbering>();
        builder.Services.AddSingleton<CatalogueSnapshot>();
        builder.Services.AddScoped<ResidentRegister>();
        builder.Services.AddScoped<RegisterHousehold>();
        builder.Services.AddScoped<RegisterResident>();
        builder.Services.AddScoped<UpdateResident>();
        builder.Services.AddScoped<UpdateHousehold>();
        builder.Services.AddScoped<ResidentReader>();
        builder.Services.AddScoped<MatchRealName>();
        builder.Services.AddScoped<OpenWindow>();
        builder.Services.AddScoped<CloseWindow>();
        builder.Services.AddScoped<IssueTicket>();
        builder.Services.AddScoped<CallNextTicket>();
        builder.Services.AddScoped<ServeTicket>();
        builder.Services.AddScoped<RateService>();
        builder.Services.AddScoped<QueueReader>();
        builder.Services.AddScoped<CatalogueReader>();
        builder.Services.AddScoped<EligibilityPrecheck>();
        builder.Services.AddScoped<FindDueItems>();
        builder.Services.AddScoped<AcceptApplication>();
        builder.Services.AddScoped<AcceptSupplement>();
        builder.Services.AddScoped<FileReader>();
        builder.Services.AddScoped<FileEligibilityReader>();
        builder.Services.AddScoped<ListApplications>();
        builder.Services.AddScoped<TakeFee>();
        builder.Services.AddScoped<WriteMessage>();
        builder.Services.AddScoped<MessageBookReader>();
        builder.Services.AddScoped<SubmitComplaint>();
        builder.Services.AddScoped<HandleComplaint>();
        builder.Services.AddScoped<ComplaintReader>();
        builder.Services.AddScoped<StatisticsReader>();
        builder.Services.AddScoped<TakingsReader>();
        builder.Services.AddScoped<HallForecast>();
        builder.Services.AddScoped<PlanWindows>();
        builder.Services.AddScoped<GetReformOutcomes>();
        builder.Services.AddSingleton<IPostMigrationStep, FeeHardening>();
        builder.Services.AddScoped<IDemoSeeder, CentreSeeder>();
        builder.Services.AddScoped<IDemoSeeder, ResidentSeeder>();
        builder.Services.AddScoped<IDemoSeeder, TicketHistorySeeder>();
        return builder;
    }

    public static WebApplication MapIntake(this WebApplication app)
    {
        app.MapGrpcService<CentresService>();
        app.MapGrpcService<ResidentsService>();
        app.MapGrpcService<QueueService>();
        app.MapGrpcService<AcceptanceService>();
        app.MapGrpcService<ContactsService>();
        app.MapGrpcService<RealNamesService>();
        app.MapGrpcService<FeesService>();
        app.MapGrpcService<SatisfactionService>();
        app.MapGrpcService<StatisticsService>();
        app.MapGrpcService<PlanningService>();
        app.MapAuditTrail();
        app.MapHandoverSheet();
        app.MapEventSubscriptions();
        return app;
    }
}
