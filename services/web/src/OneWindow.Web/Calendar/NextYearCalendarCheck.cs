using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneWindow.Common.Time;

namespace OneWindow.Web.Calendar;

/// <summary>
/// The console's own word that the calendar it counts with lacks this year, or from 1 October next year, as each
/// service's working-calendar check says of its copy: Degraded (docs/adr/0012), every page still shows.
/// </summary>
public sealed class NextYearCalendarCheck(LastCalendarRead last, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var calendar = last.Current;
        return Task.FromResult(calendar.MissingYearOn(ChinaTime.Today(clock)) is { } missing
            ? new HealthCheckResult(context.Registration.FailureStatus, $"The working-day calendar for {missing} is not loaded: days left reaching into it are counted Monday to Friday.")
            : HealthCheckResult.Healthy($"working-day calendar up to {calendar.Years[^1].Year}"));
    }
}
