using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Tests;

/// <summary>The Development configuration is the run command's: its centres take tickets at any hour; production keeps 8:30-17:00.</summary>
public sealed class RunStackOpeningHoursTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    [Theory]
    [InlineData("jiangpu")]
    [InlineData("dinghai")]
    [InlineData("pingliang")]
    [InlineData("ab1f2e-001")]
    public void Centres_on_the_run_stack_are_open_around_the_clock(string centre)
    {
        var hours = OpeningHours.Parse(OptionsOf("appsettings.json", "appsettings.Development.json").HoursOf(centre));

        Assert.All(new[] { "00:00", "07:00", "19:00", "23:59" }, at => Assert.True(hours.IsOpenAt(TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)), at));
    }

    [Fact]
    public void Outside_Development_every_centre_keeps_the_real_hours_of_eight_thirty_to_five()
    {
        var production = OptionsOf("appsettings.json");

        Assert.Equal("08:30-17:00", production.HoursOf("jiangpu"));
        Assert.False(OpeningHours.Parse(production.HoursOf("jiangpu")).IsOpenAt(new TimeOnly(19, 0)));
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
