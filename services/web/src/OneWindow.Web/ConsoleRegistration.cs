using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Intake.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Calendar;
using OneWindow.Web.Components;
using OneWindow.Web.Components.Audit;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Gateway;
using OneWindow.Web.Hall;
using OneWindow.Web.Http;
using OneWindow.Web.Refusals;
using OneWindow.Web.SignIn;

namespace OneWindow.Web;

public static class ConsoleRegistration
{
    /// <summary>The console's culture: every centre of the district works in Chinese.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>
    /// The platform basics (telemetry, health, log redaction, Redis), sign-in at the provider, the services' clients
    /// through the gateway, intake's calls and tickets from the event bus for the hall's live pages, Blazor (server-rendered; interactive on the live pages) with BootstrapBlazor, in zh-CN.
    /// </summary>
    public static WebApplicationBuilder AddConsole(this WebApplicationBuilder builder)
    {
        builder.AddPlatformBasics();
        builder.AddConsoleSignIn();
        builder.Services.AddGatewayClients()
            .AddGatewayClient<Queue.QueueClient>()
            .AddGatewayClient<Residents.ResidentsClient>()
            .AddGatewayClient<Acceptance.AcceptanceClient>()
            .AddGatewayClient<Fees.FeesClient>()
            .AddGatewayClient<Satisfaction.SatisfactionClient>()
            .AddGatewayClient<Review.V1.FirstReview.FirstReviewClient>()
            .AddGatewayClient<Review.V1.Roster.RosterClient>()
            .AddGatewayClient<Review.V1.JointItems.JointItemsClient>()
            .AddGatewayClient<Intake.V1.Statistics.StatisticsClient>()
            .AddGatewayClient<Intake.V1.Planning.PlanningClient>()
            .AddGatewayClient<Centres.CentresClient>()
            .AddGatewayClient<PolicyLaw.V1.Approval.ApprovalClient>()
            .AddGatewayClient<Disbursement.DisbursementClient>()
            .AddGatewayClient<Eligibility.EligibilityClient>()
            .AddGatewayClient<Knowledge.KnowledgeClient>()
            .AddGatewayClient<QualityChecks.QualityChecksClient>()
            .AddGatewayClient<SocialWork.V1.Referrals.ReferralsClient>()
            .AddGatewayClient<SocialWork.V1.Cases.CasesClient>()
            .AddGatewayClient<SocialWork.V1.Households.HouseholdsClient>()
            .AddGatewayClient<SocialWork.V1.HomeVisits.HomeVisitsClient>()
            .AddGatewayClient<SocialWork.V1.Plans.PlansClient>()
            .AddGatewayClient<SocialWork.V1.Employment.EmploymentClient>()
            .AddGatewayClient<SocialWork.V1.SilentFamilies.SilentFamiliesClient>()
            .AddGatewayClient<SocialWork.V1.Resources.ResourcesClient>()
            .AddGatewayClient<SocialWork.V1.Statistics.StatisticsClient>()
            .AddGatewayClient<HrPayroll.V1.PayScales.PayScalesClient>()
            .AddGatewayClient<HrPayroll.V1.WorkingCalendar.WorkingCalendarClient>()
            .AddGatewayClient<HrPayroll.V1.Payroll.PayrollClient>()
            .AddGatewayClient<HrPayroll.V1.Withholding.WithholdingClient>()
            .AddGatewayClient<HrPayroll.V1.Performance.PerformanceClient>()
            .AddGatewayClient<HrPayroll.V1.Staff.StaffClient>()
            .AddGatewayClient<HrPayroll.V1.Leave.LeaveClient>()
            .AddGatewayClient<Notification.V1.DeliveryTasks.DeliveryTasksClient>()
            .AddGatewayClient<Notification.V1.Templates.TemplatesClient>()
            .AddGatewayClient<Identity.V1.Accounts.AccountsClient>()
            .AddGatewayClient<Audit.V1.AuditTrail.AuditTrailClient>()
            .AddGatewayClient<Catalogue.CatalogueClient>(nameof(Catalogue.CatalogueClient.GetGuide), nameof(Catalogue.CatalogueClient.ListGuides));
        builder.Services.AddScoped<RefusalText>();
        builder.Services.AddScoped<AuditWords>();
        builder.Services.AddTransient<PageAction>();
        builder.Services.AddScoped<DeskCatalogue>();
        builder.Services.AddScoped<AcceptanceDrafts>();
        builder.Services.AddSingleton<HallFeed>();
        builder.AddEventBus()
            .AddSubscription<TicketCalled, HallAnnouncement>()
            .AddSubscription<TicketIssued, HallAnnouncement>();
        // The district's working-day calendar the console counts days left with, and its word when next year is missing.
        builder.Services.AddSingleton<LastCalendarRead>();
        builder.Services.AddScoped<ConsoleWorkingDays>();
        builder.Services.AddHealthChecks().AddCheck<NextYearCalendarCheck>("working-calendar", HealthStatus.Degraded, [HealthExtensions.Ready], HealthExtensions.CheckTimeout);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddBootstrapBlazor();
        builder.Services.AddLocalization();
        // Chinese text as text in the pages, not as numeric character references.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Culture);
            options.SupportedCultures = [Culture];
            options.SupportedUICultures = [Culture];
        });
        return builder;
    }

    public static WebApplication MapConsole(this WebApplication app)
    {
        app.UsePlatformSecurityHeaders();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapPlatformHealthChecks();
        app.MapStaticAssets();
        app.MapConsoleSignIn();
        app.MapEventSubscriptions();
        app.MapElderlyMode();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        // A form post or call to an address the console has no page for is 404, not "405: only GET here".
        app.MapMethods("/{**path}", [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], () => Results.NotFound())
            .AllowAnonymous().DisableAntiforgery().WithOrder(int.MaxValue);
        return app;
    }
}
