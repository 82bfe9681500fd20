using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneWindow.Common.Time;

namespace OneWindow.WorkingCalendar;

/// <summary>
/// From 1 October, deadlines of 30 and 60 working days reach into next year: until the district loads it, they are
/// provisional. Degraded, not Unhealthy (docs/adr/0012): every file is still taken and counted, only less exactly.
/// </summary>
internal sealed class NextYearCalendarHealthCheck(IServiceScopeFactory scopes, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(clock);
        await using var scope = scopes.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendar>().CurrentAsync(cancellationToken);
        if (calendar.MissingYearOn(today) is { } missing)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The working-day calendar for {missing} is not loaded: deadlines reaching into it are provisional.");
        }

        return HealthCheckResult.Healthy($"working-day calendar up to {calendar.Years[^1].Year}");
    }
}
