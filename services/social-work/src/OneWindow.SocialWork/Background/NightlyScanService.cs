using Microsoft.Extensions.Options;
using OneWindow.SocialWork.Application.Outreach;

namespace OneWindow.SocialWork.Background;

/// <summary>Looks every <see cref="SocialWorkOptions.NightlyScanCheck"/> whether tonight's <see cref="NightlyScan"/> is due; a failed look is logged and tried again at the next.</summary>
internal sealed partial class NightlyScanService(IServiceScopeFactory scopes, IOptions<SocialWorkOptions> options, TimeProvider clock, ILogger<NightlyScanService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.NightlyScanCheck, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
                if (await scope.ServiceProvider.GetRequiredService<NightlyScan>().RunIfDueAsync(clock.GetUtcNow(), stoppingToken))
                {
                    LogAsked(logger);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tonight's silent-family scan of every centre is asked for")]
    private static partial void LogAsked(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The nightly scan could not be looked at; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
