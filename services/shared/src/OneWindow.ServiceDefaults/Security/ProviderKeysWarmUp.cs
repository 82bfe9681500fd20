using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// Reads the provider's discovery document and signing keys as the process starts, and again until the provider
/// answers. Left to the first request, the reading falls inside that caller's time: two seconds on a loaded machine,
/// which a call with a short deadline (intake asking policy-law about eligibility) does not have. The keys are read at
/// the issuer's public address (the gateway on the run stack, which starts last), so a service may start long before
/// they can be read. Not a readiness check: the provider itself, and a service started before it, must become ready
/// without it.
/// </summary>
internal sealed partial class ProviderKeysWarmUp(IOptionsMonitor<JwtBearerOptions> options, ILogger<ProviderKeysWarmUp> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(5);
    private const int ReasonEvery = 12;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager is not { } provider)
        {
            return;
        }

        var retry = FirstRetry;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await provider.GetConfigurationAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The reason (a long one) once a minute or so: a provider still starting is no news, one that stays away is.
                if (attempt % ReasonEvery == 0)
                {
                    LogProviderUnanswered(logger, attempt, exception);
                }
                else
                {
                    LogProviderNotYetAnswering(logger, retry.TotalSeconds);
                }
            }

            await Task.Delay(retry, stoppingToken);
            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The OpenID Connect provider's keys cannot be read yet; trying again in {Seconds} s")]
    private static partial void LogProviderNotYetAnswering(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenID Connect provider's keys still cannot be read after {Attempts} attempts")]
    private static partial void LogProviderUnanswered(ILogger logger, int attempts, Exception exception);
}
