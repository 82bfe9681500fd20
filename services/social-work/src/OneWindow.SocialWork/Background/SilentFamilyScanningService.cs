using Microsoft.Extensions.Options;
using OneWindow.SocialWork.Application.Outreach;

namespace OneWindow.SocialWork.Background;

/// <summary>Runs <see cref="SilentFamilyScanning"/> whenever a scan is asked for, and on an interval.</summary>
internal sealed partial class SilentFamilyScanningService(
    SilentFamilyScanning scanning, ScansRequested requested, IOptions<SilentFamilyScanningOptions> options, ILogger<SilentFamilyScanningService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scanning.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }

            await requested.WaitAsync(options.Value.Interval, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for silent-family scans to run failed; looking again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
