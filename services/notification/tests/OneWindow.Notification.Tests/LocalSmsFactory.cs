using Microsoft.Extensions.DependencyInjection;
using OneWindow.Notification.Channels;
using OneWindow.Testing;

namespace OneWindow.Notification.Tests;

/// <summary>
/// notification as the run stack has it: the local Tencent provider (a day file, the fault switch, status reports
/// pushed to the callback, which reaches this host's own receipt endpoint), and the sender, outbox and event transport
/// on their production defaults (sender poll 1 s, batch 200 per centre, 8 sends at once; redis transport poll 200 ms).
/// </summary>
public sealed class LocalSmsFactory(PlatformServers servers) : NotificationFactory(servers)
{
    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings =>
    [
        new("Notification:Sms:Channel", "local"),
        new("Notification:Sms:Local:CallbackUrl", $"http://localhost/v1/sms/receipts?token={FakeTencentSms.CallbackToken}"),
        new("Notification:PollInterval", "00:00:01"),
        new("EventBus:Redis:PollInterval", "00:00:00.200"),
        new("Outbox:PollInterval", "00:00:01"),
    ];

    protected override void ReplaceServices(IServiceCollection services) =>
        // The run stack pushes over loopback to its own port; here the in-memory test server is that port.
        services.AddHttpClient(LocalStatusReports.Client).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
}
