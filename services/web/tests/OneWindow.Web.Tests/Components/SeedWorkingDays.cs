using Microsoft.Extensions.DependencyInjection;
using OneWindow.Web.Calendar;

namespace OneWindow.Web.Tests.Components;

internal static class SeedWorkingDays
{
    /// <summary>The console's working days as hr-payroll answers while the district has loaded no year: the shipped seed.</summary>
    public static IServiceCollection AddSeedWorkingDays(this IServiceCollection services) => services
        .AddSingleton(new HrPayroll.V1.WorkingCalendar.WorkingCalendarClient(new AnsweringInvoker()))
        .AddSingleton<LastCalendarRead>()
        .AddScoped<ConsoleWorkingDays>();
}
