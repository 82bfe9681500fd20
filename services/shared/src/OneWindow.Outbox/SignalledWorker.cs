using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OneWindow.Outbox;

/// <summary>Runs <typeparamref name="TJob"/> whenever <typeparamref name="TSignal"/> wakes it, and on its sweep interval.</summary>
internal sealed partial class SignalledWorker<TJob, TSignal>(TJob job, TSignal signal, IOptionsMonitor<SweepOptions> options, ILogger<TJob> logger) : BackgroundService
    where TJob : ISignalledJob
    where TSignal : CommitSignal
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Get(typeof(TJob).Name).Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await job.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }

            await signal.WaitAsync(interval, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The background job failed; it runs again when woken or at the next sweep")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
