using FluentValidation;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OneWindow.Audit;
using OneWindow.Centres;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Application;
using OneWindow.Notification.Application.Deliveries;
using OneWindow.Notification.Application.DeliveryTasks;
using OneWindow.Notification.Application.Inbox;
using OneWindow.Notification.Application.Letters;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Application.Preferences;
using OneWindow.Notification.Application.Sending;
using OneWindow.Notification.Application.Templates;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Events;
using OneWindow.Notification.Grpc;
using OneWindow.Notification.Persistence;
using OneWindow.Notification.Seed;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;
using OneWindow.Notification.Background;
using OneWindow.Notification.Http;

namespace OneWindow.Notification;

internal static class NotificationRegistration
{
    public static IHostApplicationBuilder AddNotification(this IHostApplicationBuilder builder)
    {
        builder.AddTenantDbContext<NotificationDbContext>("notification");
        builder.AddOutbox<NotificationDbContext>();
        builder.AddWorkingCalendar<NotificationDbContext>();
        builder.AddAuditTrail<NotificationDbContext>();
        builder.Services.AddCentreDirectory<NotificationDbContext>();
        builder.AddEventBus()
            .AddSubscription<CentreChanged, KnownCentreHandler<NotificationDbContext>>()
            .AddSubscription<WorkingCalendarChanged, WorkingCalendarHandler<NotificationDbContext>>()
            .AddSubscription<CatalogueItemPublished, CatalogueHandler>()
            .AddSubscription<StaffHired, RosterHandlers>()
            .AddSubscription<StaffChanged, RosterHandlers>()
            .AddSubscription<StaffLeft, RosterHandlers>()
            .AddSubscription<ApplicationAccepted, FileHandlers>()
            .AddSubscription<ApplicationReviewed, FileHandlers>()
            .AddSubscription<ApplicationApproved, FileHandlers>()
            .AddSubscription<ApplicationRejected, FileHandlers>()
            .AddSubscription<ApplicationCompleted, FileHandlers>()
            .AddSubscription<ReviewDeadlineWarning, StaffNoticeHandlers>()
            .AddSubscription<ReviewOverdue, StaffNoticeHandlers>()
            .AddSubscription<ApprovalDeadlineWarning, StaffNoticeHandlers>()
            .AddSubscription<ApprovalOverdue, StaffNoticeHandlers>()
            .AddSubscription<PayslipIssued, StaffNoticeHandlers>()
            .AddSubscription<ApplicationAssigned, ReviewAlertHandlers>()
            .AddSubscription<ApplicationReassigned, ReviewAlertHandlers>()
            .AddSubscription<ApplicationUnassigned, ReviewAlertHandlers>()
            .AddSubscription<JointReplyOverdue, ReviewAlertHandlers>()
            .AddSubscription<JointRequestSent, JointReviewHandlers>()
            .AddSubscription<JointReplyReceived, JointReviewHandlers>()
            .AddSubscription<FeePaid, FeeReceiptHandler>()
            .AddSubscription<SilentFamilyFound, SilentFamilyHandler>()
            .AddSubscription<DisbursementPaid, DisbursementHandler>()
            .AddSubscription<DisbursementFailed, DisbursementHandler>()
            .AddSubscription<BenefitReviewDue, DisbursementHandler>();
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section)
            .Validate(o => TryParse(o.QuietHours), "Notification:QuietHours is HH:mm-HH:mm, e.g. 21:00-08:00.")
            .Validate(o => o.Retry.MaxAttempts >= 1 && o.Retry.FirstDelay > TimeSpan.Zero && o.Retry.MaxDelay >= o.Retry.FirstDelay, "Notification:Retry needs MaxAttempts >= 1 and 0 < FirstDelay <= MaxDelay.")
            .Validate(o => o.RateLimit >= 1 && o.RateWindow > TimeSpan.Zero, "Notification:RateLimit and RateWindow must be positive.")
            .Validate(o => o.LetterBatchSize is >= 1 and <= 1000, "Notification:LetterBatchSize is between 1 and 1000.")
            .ValidateOnStart();
        builder.Services.AddValidatorsFromAssemblyContaining<NotificationDbContext>(includeInternalTypes: true);
        builder.AddSmsChannel();
        builder.AddContactDirectory();

        // Domain time (quiet hours, due times, deadlines): the host's clock unless a test replaces this one alone.
        builder.Services.AddSingleton(services => new NotificationClock(services.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddScoped<TemplateBook>();
        builder.Services.AddScoped<Notify>();
        builder.Services.AddScoped<Catalogue>();
        builder.Services.AddScoped<TemplateReader>();
        builder.Services.AddScoped<SaveTemplate>();
        builder.Services.AddScoped<SaveCentreTemplate>();
        builder.Services.AddScoped<PreviewTemplate>();
        builder.Services.AddScoped<DeliveryReader>();
        builder.Services.AddScoped<ResendDelivery>();
        builder.Services.AddScoped<InboxReader>();
        builder.Services.AddScoped<MarkRead>();
        builder.Services.AddScoped<PreferenceReader>();
        builder.Services.AddScoped<SetPreferences>();
        builder.Services.AddScoped<DeliveryTaskAccess>();
        builder.Services.AddScoped<DeliveryTaskReader>();
        builder.Services.AddScoped<ConfirmDelivery>();
        builder.Services.AddScoped<RecordFailedAttempt>();
        builder.Services.AddScoped<LetterAddresses>();
        builder.Services.AddScoped<PrintLetterBatch>();
        builder.Services.AddScoped<ReprintLetterBatch>();
        builder.Services.AddScoped<SendSignInCode>();
        builder.Services.AddSingleton<RecipientRateLimiter>();
        builder.Services.AddSingleton<DeliverySender>();
        builder.Services.AddSingleton<HomeDeliveryWatch>();
        builder.Services.AddSingleton<Reminders>();
        builder.Services.AddSingleton<DeliveriesQueued>();
        builder.Services.AddSingleton<IInterceptor, DeliveriesQueuedInterceptor>();
        builder.Services.AddHostedService<NotificationWorker>();
        builder.Services.AddScoped<IDemoSeeder, DistrictTemplates>();
        return builder;
    }

    public static WebApplication MapNotification(this WebApplication app)
    {
        app.MapGrpcService<TemplatesService>();
        app.MapGrpcService<DeliveriesService>();
        app.MapGrpcService<InboxService>();
        app.MapGrpcService<PreferencesService>();
        app.MapGrpcService<DeliveryTasksService>();
        app.MapGrpcService<SignInCodesService>();
        app.MapAuditTrail();
        app.MapSmsReceipts();
        app.MapPrintedLetters();
        app.MapEventSubscriptions();
        return app;
    }

    /// <summary>
    /// Tencent Cloud SMS, or the same protocol answered in-process (<c>local</c>); Tencent's refuses to start without the
    /// key pair, the SMS application and the callback token, either with a template that does not fit its notice.
    /// </summary>
    private static void AddSmsChannel(this IHostApplicationBuilder builder)
    {
        var sms = builder.Configuration.GetSection($"{NotificationOptions.Section}:Sms").Get<SmsOptions>() ?? new SmsOptions();
        if (sms.Channel is not ("tencent" or "local"))
        {
            throw new InvalidOperationException($"Notification:Sms:Channel is tencent or local, not '{sms.Channel}'.");
        }

        var tencent = sms.Tencent;
        if (sms.Channel == "tencent" && new[] { tencent.SecretId, tencent.SecretKey, tencent.SmsSdkAppId, tencent.CallbackToken }.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidOperationException("Notification:Sms:Tencent needs SecretId, SecretKey, SmsSdkAppId and CallbackToken.");
        }

        SmsTemplates.Validate(sms.Templates);
        builder.Services.AddSingleton<SmsTemplates>();
        // The channel bounds each call itself (Tencent:Timeout); the handler's own timeout must not cut in first.
        var client = builder.Services.AddHttpClient<ISmsChannel, TencentSmsChannel>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        if (sms.Channel == "local")
        {
            // The local provider's account: whatever is configured, else a key pair of its own (nothing leaves the host).
            builder.Services.PostConfigure<NotificationOptions>(options =>
            {
                var account = options.Sms.Tencent;
                account.SecretId = string.IsNullOrWhiteSpace(account.SecretId) ? "AKIDlocal" : account.SecretId;
                account.SecretKey = string.IsNullOrWhiteSpace(account.SecretKey) ? "local-secret-key" : account.SecretKey;
                account.SmsSdkAppId = string.IsNullOrWhiteSpace(account.SmsSdkAppId) ? "1400000000" : account.SmsSdkAppId;
                account.CallbackToken = string.IsNullOrWhiteSpace(account.CallbackToken) ? "local-callback-token" : account.CallbackToken;
            });
            builder.Services.AddSingleton<LocalStatusReports>();
            builder.Services.AddHostedService(services => services.GetRequiredService<LocalStatusReports>());
            builder.Services.AddTransient<LocalTencentSms>();
            builder.Services.AddHttpClient(LocalStatusReports.Client);
            client.ConfigurePrimaryHttpMessageHandler<LocalTencentSms>();
        }
    }

    /// <summary>intake's Contacts, called with this service's own identity (docs/adr/0010).</summary>
    private static void AddContactDirectory(this IHostApplicationBuilder builder)
    {
        var address = builder.Configuration["Services:intake:Grpc"]
            ?? throw new InvalidOperationException("Services:intake:Grpc is not configured: notification asks intake where to send a notice.");
        builder.Services.AddGrpcClient<OneWindow.Intake.V1.Contacts.ContactsClient>(options => options.Address = new Uri(address));
        builder.Services.AddSingleton<ContactDirectory>();
        builder.AddServiceTokens("notification", PlatformRoles.NotificationService);
    }

    private static bool TryParse(string quietHours)
    {
        try
        {
            _ = Domain.Deliveries.QuietHours.Parse(quietHours);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
