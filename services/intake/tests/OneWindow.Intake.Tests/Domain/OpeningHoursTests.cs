using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Tests.Domain;

public sealed class OpeningHoursTests
{
    [Theory]
    [InlineData("08:30-17:00", "08:29", false)]
    [InlineData("08:30-17:00", "08:30", true)]
    [InlineData("08:30-17:00", "12:00", true)]
    [InlineData("08:30-17:00", "16:59", true)]
    [InlineData("08:30-17:00", "17:00", false)]
    [InlineData("08:30-17:00", "19:00", false)]
    [InlineData("00:00-24:00", "00:00", true)]
    [InlineData("00:00-24:00", "19:00", true)]
    [InlineData("00:00-24:00", "23:59", true)]
    public void A_centre_is_open_from_its_opening_time_until_just_before_closing(string hours, string at, bool open) =>
        Assert.Equal(open, OpeningHours.Parse(hours).IsOpenAt(TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("")]
    [InlineData("8:30")]
    [InlineData("08:30-25:00")]
    [InlineData("always")]
    public void Opening_hours_not_written_as_two_times_are_refused(string hours) =>
        Assert.Throws<FormatException>(() => OpeningHours.Parse(hours));
}
