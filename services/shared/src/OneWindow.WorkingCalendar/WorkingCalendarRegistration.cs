using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace OneWindow.WorkingCalendar;

public static class WorkingCalendarRegistration
{
    /// <summary>
    /// The calendar a service counts deadlines with (<see cref="IWorkingCalendar"/>) and its readiness check. The
    /// model must call <see cref="WorkingCalendarModel.AddWorkingCalendar"/>, and the service subscribe
    /// <c>WorkingCalendarChanged</c> to <see cref="WorkingCalendarHandler{TContext}"/> in its own event registration.
    /// </summary>
    public static IHostApplicationBuilder AddWorkingCalendar<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IWorkingCalendar, WorkingCalendarSource<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<NextYearCalendarHealthCheck>("working-calendar", HealthStatus.Degraded, ["ready"], TimeSpan.FromSeconds(2));
        return builder;
    }
}
