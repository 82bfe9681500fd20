using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OneWindow.Common.Privacy;

namespace OneWindow.ServiceDefaults;

/// <summary>
/// The <c>check-config</c> verb: builds the host as Program.cs does, with the environment it is given, validates
/// every setting that is checked at start-up, and exits 0, or 1 with the first setting that is missing or wrong.
/// The deployment tests run it with each workload's environment as the chart renders it, so a setting the chart
/// does not provide fails a test instead of a pod.
/// </summary>
public static class ConfigurationCheck
{
    public const string Verb = "check-config";

    /// <summary>
    /// In check-config, a registration that refuses a setting (they throw while Program.cs builds the host, before
    /// any verb runs) is the answer, not a crash: one line naming the setting, and exit code 1.
    /// </summary>
    public static IHostApplicationBuilder AddConfigurationCheck(this IHostApplicationBuilder builder)
    {
        if (Environment.GetCommandLineArgs() is [_, Verb, ..])
        {
            AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            {
                Console.Error.WriteLine($"{Verb}: {builder.Environment.ApplicationName} cannot start: {(e.ExceptionObject as Exception)?.Message}");
                Environment.Exit(1);
            };
        }

        return builder;
    }

    /// <summary>Checks what the host checks when it starts: options that validate on start, and the personal-data keys.</summary>
    public static int Run(WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            _ = app.Services.GetService<PersonalDataProtector>();
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            Console.Error.WriteLine($"{Verb}: {app.Environment.ApplicationName} cannot start: {ex.Message}");
            return 1;
        }

        Console.Out.WriteLine($"{Verb}: {app.Environment.ApplicationName} has every setting it needs in {app.Environment.EnvironmentName}.");
        return 0;
    }
}
