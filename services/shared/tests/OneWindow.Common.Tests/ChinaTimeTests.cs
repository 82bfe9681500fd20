using Microsoft.Extensions.Time.Testing;
using OneWindow.Common.Time;

namespace OneWindow.Common.Tests;

public sealed class ChinaTimeTests
{
    [Fact]
    public void Today_turns_over_at_midnight_in_Shanghai_not_in_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 31, 15, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 1, 31), ChinaTime.Today(clock));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2026, 2, 1), ChinaTime.Today(clock));
    }

    [Fact]
    public void An_instant_is_shown_at_plus_eight_hours()
    {
        var china = ChinaTime.ToChina(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(8), china.Offset);
        Assert.Equal(new DateTime(2026, 5, 1, 8, 0, 0), china.DateTime);
    }

    [Fact]
    public void A_day_runs_from_midnight_to_the_last_tick_before_the_next_midnight_in_Shanghai()
    {
        var day = new DateOnly(2026, 5, 1);

        Assert.Equal(new DateTimeOffset(2026, 4, 30, 16, 0, 0, TimeSpan.Zero), ChinaTime.StartOfDay(day));
        Assert.Equal(ChinaTime.StartOfDay(day.AddDays(1)).AddTicks(-1), ChinaTime.EndOfDay(day));
    }

    [Theory]
    [InlineData(1900, 1, 1)]
    [InlineData(1949, 12, 31)]
    [InlineData(1988, 4, 10)]
    public void Historic_days_have_a_start_and_an_end(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.True(ChinaTime.StartOfDay(date) < ChinaTime.EndOfDay(date));
    }
}
