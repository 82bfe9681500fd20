using FluentValidation;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.HrPayroll.Application.Calendar;
using OneWindow.HrPayroll.Application.Leave;
using OneWindow.HrPayroll.Application.PayScales;
using OneWindow.HrPayroll.Application.Payroll;
using OneWindow.HrPayroll.Application.Performance;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Application.Withholding;
using OneWindow.HrPayroll.Events;
using OneWindow.HrPayroll.Grpc;
using OneWindow.HrPayroll.Http;
using OneWindow.HrPayroll.Persistence;
using OneWindow.HrPayroll.Seed;
using OneWindow.Outbox;
using OneWindow.HrPayroll.Background;

namespace OneWindow.HrPayroll;

internal static class HrPayrollRegistration
{
    public static IHostApplicationBuilder AddHrPayroll(this IHostApplicationBuilder builder)
    {
        builder.AddTenantDbContext<HrPayrollDbContext>("hr-payroll");
        builder.AddOutbox<HrPayrollDbContext>();
        builder.AddAuditTrail<HrPayrollDbContext>();
        builder.Services.AddCentreDirectory<HrPayrollDbContext>();
        builder.AddEventBus()
            .AddSubscription<CentreChanged, KnownCentreHandler<HrPayrollDbContext>>()
            .AddSubscription<TicketServed, WindowWorkHandlers>()
            .AddSubscription<RatingRecorded, WindowWorkHandlers>()
            .AddSubscription<ComplaintRecorded, WindowWorkHandlers>()
            .AddSubscription<ApplicationReviewed, ReviewWorkHandlers>()
            .AddSubscription<ApplicationCompleted, ReviewWorkHandlers>()
            .AddSubscription<ReviewQualityChecked, ReviewWorkHandlers>()
            .AddSubscription<ReviewOverdue, ReviewWorkHandlers>()
            .AddSubscription<ReviewerWorkRecorded, ReviewWorkHandlers>()
            .AddSubscription<CaseOpened, CaseWorkHandlers>()
            .AddSubscription<CaseClosed, CaseWorkHandlers>()
            .AddSubscription<HomeVisitRecorded, CaseWorkHandlers>()
            .AddSubscription<ReferralMade, CaseWorkHandlers>()
            .AddSubscription<DeliveryConfirmed, DeliveryWorkHandlers>()
            .AddSubscription<DeliveryFailed, DeliveryWorkHandlers>();
        builder.Services.AddValidatorsFromAssemblyContaining<HrPayrollDbContext>(includeInternalTypes: true);

        builder.Services.AddScoped<WorkData>();
        builder.Services.AddScoped<StaffReader>();
        builder.Services.AddScoped<HireStaff>();
        builder.Services.AddScoped<ChangePost>();
        builder.Services.AddScoped<SetSkills>();
        builder.Services.AddScoped<ApplyPromotions>();
        builder.Services.AddScoped<RecordLeaving>();
        builder.Services.AddScoped<LeaveReader>();
        builder.Services.AddScoped<LeaveDecision>();
        builder.Services.AddScoped<RequestLeave>();
        builder.Services.AddScoped<ApproveLeave>();
        builder.Services.AddScoped<RejectLeave>();
        builder.Services.AddScoped<PayScaleReader>();
        builder.Services.AddScoped<PublishPayScale>();
        builder.Services.AddScoped<CalendarYearReader>();
        builder.Services.AddScoped<LoadCalendarYear>();
        builder.Services.AddScoped<EvaluationReader>();
        builder.Services.AddScoped<EvaluationAccess>();
        builder.Services.AddScoped<EvaluateMonth>();
        builder.Services.AddScoped<AdjustEvaluation>();
        builder.Services.AddScoped<RecordDeduction>();
        builder.Services.AddScoped<ConfirmAward>();
        builder.Services.AddScoped<PayrollReader>();
        builder.Services.AddScoped<OwnPayslips>();
        builder.Services.AddScoped<RunDecision>();
        builder.Services.AddScoped<PreparePayroll>();
        builder.Services.AddScoped<PrepareAdjustmentRun>();
        builder.Services.AddScoped<ReviewPayroll>();
        builder.Services.AddScoped<ApprovePayroll>();
        builder.Services.AddScoped<MarkPayrollPaid>();
        builder.Services.AddScoped<WithholdingRulesReader>();
        builder.Services.AddScoped<LoadWithholdingRules>();
        builder.Services.AddScoped<DeclareWithholding>();
        builder.Services.AddScoped<YearWithholdingReader>();
        builder.AddSignalledJob<PayrollComputation, RunsPrepared, RunsPreparedInterceptor>();
        builder.Services.AddSingleton<IPostMigrationStep, PayrollHardening>();
        builder.Services.AddScoped<IDemoSeeder, StaffSeeder>();
        builder.Services.AddScoped<IDemoSeeder, WorkHistorySeeder>();
        builder.Services.AddOptions<LeaveCalendarOptions>().BindConfiguration(LeaveCalendarOptions.Section);
        builder.Services.AddSingleton<AnnounceLeave>();
        builder.Services.AddHostedService<LeaveCalendarService>();
        return builder;
    }

    public static WebApplication MapHrPayroll(this WebApplication app)
    {
        app.MapGrpcService<StaffService>();
        app.MapGrpcService<LeaveService>();
        app.MapGrpcService<PayScaleService>();
        app.MapGrpcService<WorkingCalendarService>();
        app.MapGrpcService<PerformanceService>();
        app.MapGrpcService<PayrollService>();
        app.MapGrpcService<WithholdingService>();
        app.MapAuditTrail();
        app.MapPayslipDocuments();
        app.MapEventSubscriptions();
        return app;
    }
}
