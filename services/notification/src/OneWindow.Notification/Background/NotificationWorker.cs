using Microsoft.Extensions.Options;
using OneWindow.Notification.Application.DeliveryTasks;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Application.Sending;

namespace OneWindow.Notification.Background;

/// <summary>
/// The service's background work, on one tick that a newly queued delivery cuts short: send what is due, move home
/// delivery tasks along, and now and then announce periodic items. A failed pass is logged and the next one tries
/// again; nothing is lost in between, because everything waiting is a row in the database.
/// </summary>
internal sealed partial class NotificationWorker(
    DeliverySender sender, HomeDeliveryWatch homeDelivery, Reminders reminders, DeliveriesQueued queued,
    IOptions<NotificationOptions> options, TimeProvider clock, ILogger<NotificationWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextReminders = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            await PassAsync("sending", sender.RunOnceAsync, stoppingToken);
            await PassAsync("home delivery", homeDelivery.RunOnceAsync, stoppingToken);
            if (clock.GetUtcNow() >= nextReminders)
            {
                await PassAsync("reminders", reminders.RunOnceAsync, stoppingToken);
                nextReminders = clock.GetUtcNow() + options.Value.ReminderInterval;
            }

            await queued.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    private async Task PassAsync(string name, Func<CancellationToken, Task<int>> pass, CancellationToken stoppingToken)
    {
        try
        {
            await pass(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogPassFailed(logger, name, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Pass} pass failed; trying again at the next tick")]
    private static partial void LogPassFailed(ILogger logger, string pass, Exception exception);
}
