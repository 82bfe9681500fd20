using Microsoft.Extensions.Options;
using OneWindow.HrPayroll.Application.Leave;

namespace OneWindow.HrPayroll.Background;

/// <summary>Runs <see cref="AnnounceLeave"/> on an interval.</summary>
internal sealed partial class LeaveCalendarService(AnnounceLeave announce, IOptions<LeaveCalendarOptions> options, ILogger<LeaveCalendarService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await announce.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcing leave starts and ends failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
