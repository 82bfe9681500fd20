using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.DemoDistrict;
using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Tests;

/// <summary>The Development configuration is the run command's: its centres take tickets at any hour; elsewhere the register's hours apply.</summary>
public sealed class RunStackOpeningHoursTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    [Fact]
    public void Centres_on_the_run_stack_are_open_around_the_clock()
    {
        var hours = OpeningHours.Parse(OptionsOf("appsettings.json", "appsettings.Development.json").OpeningHoursOverride!);

        Assert.All(new[] { "00:00", "07:00", "19:00", "23:59" }, at => Assert.True(hours.IsOpenAt(TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)), at));
    }

    [Fact]
    public void Outside_Development_each_centre_keeps_the_hours_of_its_register_entry()
    {
        Assert.Null(OptionsOf("appsettings.json").OpeningHoursOverride);
        Assert.All(DemoDistrictGenerator.District.Centres, centre => Assert.False(OpeningHours.Parse(centre.OpeningHours).IsOpenAt(new TimeOnly(19, 0)), centre.Code));
    }

    private IntakeOptions OptionsOf(params string[] files)
    {
        var root = intake.Services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var configuration = new ConfigurationBuilder();
        foreach (var file in files)
        {
            configuration.AddJsonFile(Path.Combine(root, file));
        }

        var options = new IntakeOptions();
        configuration.Build().GetSection(IntakeOptions.Section).Bind(options);
        return options;
    }
}
