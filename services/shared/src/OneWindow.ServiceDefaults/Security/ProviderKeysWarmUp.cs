using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// Reads the provider's discovery document and signing keys as the process starts, and again until the provider
/// answers. Left to the first request, the reading falls inside that caller's time: two seconds on a loaded machine,
/// which a call with a short deadline (intake asking policy-law about eligibility) does not have. Not a readiness
/// check: the provider itself, and a service started before it, must become ready without it.
/// </summary>
internal sealed partial class ProviderKeysWarmUp(IOptionsMonitor<JwtBearerOptions> options, ILogger<ProviderKeysWarmUp> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager is not { } provider)
        {
            return;
        }

        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await provider.GetConfigurationAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogProviderUnanswered(logger, retry.TotalSeconds, exception.Message);
            }

            await Task.Delay(retry, stoppingToken);
            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The OpenID Connect provider's keys cannot be read yet ({Reason}); trying again in {Seconds} s")]
    private static partial void LogProviderUnanswered(ILogger logger, double seconds, string reason);
}
