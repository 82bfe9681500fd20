using Microsoft.Extensions.Options;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.Application.Disbursement;

namespace OneWindow.PolicyLaw.Background;

/// <summary>
/// Runs the annual reviews of periodic benefits as of today, every centre's, each interval: the day a notice, a
/// suspension or an end falls on, it happens at the next run (docs/adr/0025).
/// </summary>
internal sealed partial class BenefitReviewWatch(IServiceScopeFactory scopes, IOptions<PolicyLawOptions> options, TimeProvider clock, ILogger<BenefitReviewWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.BenefitReviewInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
                var run = await scope.ServiceProvider.GetRequiredService<RunBenefitReviews>().RunAsync(ChinaTime.Today(clock), centre: null, stoppingToken);
                LogRun(logger, run.AsOf, run.Announced, run.Suspended, run.Ended);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogRunFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Benefit reviews as of {AsOf}: {Announced} announced, {Suspended} suspended, {Ended} ended")]
    private static partial void LogRun(ILogger logger, DateOnly asOf, int announced, int suspended, int ended);

    [LoggerMessage(Level = LogLevel.Error, Message = "Running the benefit reviews failed; trying again at the next interval")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
