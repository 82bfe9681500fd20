using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Events;
using OneWindow.Notification.Channels;
using OneWindow.Notification.Persistence;
using OneWindow.Notification.Persistence.ReadModels;
using OneWindow.Testing;
using OneWindow.Tenancy;

namespace OneWindow.Notification.Tests;

/// <summary>
/// notification on its own database with the district's templates seeded and the demo catalogue in its read model
/// (as policy-law's events would leave it); intake's Contacts and Tencent Cloud SMS are real servers on loopback,
/// and text messages go through the Tencent channel, signed, to the fake Tencent.
/// </summary>
public class NotificationFactory(PlatformServers servers) : ServiceFactory<Program>(servers, "notification")
{
    private readonly string _smsFolder = Path.Combine(Path.GetTempPath(), $"notification-sms-{Guid.NewGuid():N}");

    /// <summary>The local Tencent provider's folder (day files and the fault switch) when the channel is local.</summary>
    public string SmsFolder => _smsFolder;

    public FakeIntake Intake { get; private set; } = null!;

    public FakeTencentSms Sms { get; private set; } = null!;

    /// <summary>Overrides a test class needs (a clock, a channel).</summary>
    protected virtual void ReplaceServices(IServiceCollection services)
    {
    }

    protected virtual IEnumerable<KeyValuePair<string, string?>> MoreSettings => [];

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Services:intake:Grpc", Intake.Address),
        new("Notification:Sms:Channel", "tencent"),
        new("Notification:Sms:Tencent:Endpoint", Sms.Endpoint.ToString()),
        new("Notification:Sms:Tencent:SecretId", FakeTencentSms.SecretId),
        new("Notification:Sms:Tencent:SecretKey", FakeTencentSms.SecretKey),
        new("Notification:Sms:Tencent:SmsSdkAppId", FakeTencentSms.SmsSdkAppId),
        new("Notification:Sms:Tencent:CallbackToken", FakeTencentSms.CallbackToken),
        // Below production's 5 s so a timed-out attempt does not slow the tests down, yet far above a first call on a
        // cold, loaded test machine (at 0.5 s the first text of a class was now and then taken for a provider time-out).
        new("Notification:Sms:Tencent:Timeout", "00:00:03"),
        new("Notification:Sms:Local:Folder", SmsFolder),
        new("Notification:QuietHours", "00:00-00:00"),
        new("Notification:PollInterval", "00:00:00.100"),
        new("Notification:Retry:MaxAttempts", "3"),
        new("Notification:Retry:FirstDelay", "00:00:00.200"),
        new("Notification:Retry:MaxDelay", "00:00:00.400"),
        new("Notification:RateLimit", "5"),
        new("Notification:RateWindow", "01:00:00"),
        new("Notification:ReminderInterval", "00:00:00.200"),
        .. MoreSettings,
    ];

    public override async ValueTask InitializeAsync()
    {
        Intake = await FakeIntake.StartAsync();
        Sms = await FakeTencentSms.StartAsync();
        await base.InitializeAsync();
        Sms.Templates = Services.GetRequiredService<SmsTemplates>();
        await SeedAsync();
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        foreach (var demo in DemoCatalogue.Items)
        {
            db.Catalogue.Add(new CatalogueRecord
            {
                ItemCode = demo.Code,
                Version = 1,
                Name = demo.Name,
                RecurrenceMonths = demo.RecurrenceMonths,
                Materials = demo.Materials.ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal),
            });
        }

        await db.SaveChangesAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(ReplaceServices);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Intake is not null)
        {
            await Intake.DisposeAsync();
        }

        if (Sms is not null)
        {
            await Sms.DisposeAsync();
        }
        if (Directory.Exists(_smsFolder))
        {
            Directory.Delete(_smsFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    public static string NewCentre() => $"c{Guid.NewGuid():N}"[..12];

    public static string NewPhone() => $"13{Random.Shared.Next(100_000_000, 999_999_999)}";

    public HttpClient StaffOf(string centre, string subject, params string[] roles) => ClientFor(subject, roles, centre);

    /// <summary>A resident known to intake in the centre, whose file was accepted (application-accepted published).</summary>
    public async Task<(Guid ResidentId, Guid HouseholdId, Guid FileId, string Phone)> AcceptedFileAsync(
        string centre, string itemCode = "dibao-review", DeliveryMethod method = DeliveryMethod.CollectAtCentre, string? phone = null, string grid = "JP-G02")
    {
        var (residentId, householdId, fileId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        phone ??= NewPhone();
        Intake.AddResident(centre, residentId, householdId, phone, grid);
        await PublishAsync(new ApplicationAccepted
        {
            OccurredAt = DateTimeOffset.UtcNow,
            Tenant = centre,
            FileId = fileId,
            ItemCode = itemCode,
            ItemVersion = 1,
            Kind = ItemKind.Routed,
            ResidentId = residentId,
            HouseholdId = householdId,
            AcceptingClerkStaffId = "clerk-1",
            DeliveryMethod = method,
            StatutoryDeadline = DateTimeOffset.UtcNow.AddDays(20),
        }, "intake");
        await EventuallyAsync(centre, db => db.Files.AnyAsync(f => f.FileId == fileId));
        return (residentId, householdId, fileId, phone);
    }

    public async Task<T> QueryAsync<T>(string? centre, Func<NotificationDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(centre is null ? Tenant.District : Tenant.Centre(centre));
        return await query(scope.ServiceProvider.GetRequiredService<NotificationDbContext>());
    }

    /// <summary>Polls the database until a condition holds (an event handled, a delivery sent).</summary>
    public Task EventuallyAsync(string centre, Func<NotificationDbContext, Task<bool>> condition, int seconds = 15) =>
        EventuallyAsync(() => QueryAsync(centre, condition), held => held, TimeSpan.FromSeconds(seconds));
}
