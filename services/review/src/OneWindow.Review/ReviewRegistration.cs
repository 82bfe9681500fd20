using FluentValidation;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;
using OneWindow.Review.Application.Assignment;
using OneWindow.Review.Application.Catalogue;
using OneWindow.Review.Application.Files;
using OneWindow.Review.Application.Outcomes;
using OneWindow.Review.Application.Joint;
using OneWindow.Review.Application.Roster;
using OneWindow.Review.Application.Watch;
using OneWindow.Review.Application.Work;
using OneWindow.Review.Events;
using OneWindow.Review.Grpc;
using OneWindow.Review.Persistence;
using OneWindow.Review.Seed;
using OneWindow.Review.Background;

namespace OneWindow.Review;

internal static class ReviewRegistration
{
    public static IHostApplicationBuilder AddReview(this IHostApplicationBuilder builder)
    {
        builder.AddTenantDbContext<ReviewDbContext>("review");
        builder.AddOutbox<ReviewDbContext>();
        builder.AddWorkingCalendar<ReviewDbContext>();
        builder.AddAuditTrail<ReviewDbContext>();
        builder.Services.AddCentreDirectory<ReviewDbContext>();
        builder.AddEventBus()
            .AddSubscription<CentreChanged, KnownCentreHandler<ReviewDbContext>>()
            .AddSubscription<StaffHired, RosterHandlers>()
            .AddSubscription<StaffChanged, RosterHandlers>()
            .AddSubscription<StaffLeft, RosterHandlers>()
            .AddSubscription<SkillsChanged, RosterHandlers>()
            .AddSubscription<LeaveApproved, RosterHandlers>()
            .AddSubscription<LeaveStarted, RosterHandlers>()
            .AddSubscription<LeaveEnded, RosterHandlers>()
            .AddSubscription<CatalogueItemPublished, CatalogueHandler>()
            .AddSubscription<CentreItemSettingsChanged, CentreItemSettingsHandler>()
            .AddSubscription<ApplicationAccepted, FileHandlers>()
            .AddSubscription<SupplementReceived, FileHandlers>()
            .AddSubscription<ApplicationApproved, FileHandlers>()
            .AddSubscription<ApplicationRejected, FileHandlers>()
            .AddSubscription<ApplicationReturnedByApproval, FileHandlers>()
            .AddSubscription<WorkingCalendarChanged, WorkingCalendarHandler<ReviewDbContext>>();
        builder.Services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.Section);
        builder.Services.AddValidatorsFromAssemblyContaining<ReviewDbContext>(includeInternalTypes: true);

        builder.Services.AddScoped<CatalogueReader>();
        builder.Services.AddScoped<Assignments>();
        builder.Services.AddScoped<WorkLog>();
        builder.Services.AddScoped<FileReader>();
        builder.Services.AddScoped<DecideFile>();
        builder.Services.AddScoped<ReassignFile>();
        builder.Services.AddScoped<RosterReader>();
        builder.Services.AddScoped<OutcomesReader>();
        builder.Services.AddScoped<SetCapacity>();
        builder.Services.AddScoped<SendJointRequests>();
        builder.Services.AddScoped<RecordJointReply>();
        builder.Services.AddSingleton<ReviewWatch>();
        builder.Services.AddHostedService<ReviewWatchService>();
        builder.Services.AddScoped<IDemoSeeder, JointDepartmentSeeder>();
        return builder;
    }

    public static WebApplication MapReview(this WebApplication app)
    {
        app.MapGrpcService<FirstReviewService>();
        app.MapGrpcService<RosterService>();
        app.MapGrpcService<JointItemsService>();
        app.MapAuditTrail();
        app.MapEventSubscriptions();
        return app;
    }
}
