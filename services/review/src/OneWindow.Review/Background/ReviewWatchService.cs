using Microsoft.Extensions.Options;
using OneWindow.Review.Application.Watch;

namespace OneWindow.Review.Background;

/// <summary>Runs <see cref="ReviewWatch"/> on an interval; a failed run is logged and tried again at the next.</summary>
internal sealed partial class ReviewWatchService(ReviewWatch watch, IOptions<ReviewOptions> options, TimeProvider clock, ILogger<ReviewWatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.WatchInterval, clock);
        do
        {
            try
            {
                await watch.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogWatchFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The review watch failed; trying again at the next interval")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception);
}
