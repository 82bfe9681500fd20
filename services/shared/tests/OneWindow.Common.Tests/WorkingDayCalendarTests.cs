using System.Globalization;
using System.Text.Json;
using OneWindow.Common.Calendar;
using OneWindow.Common.Time;

namespace OneWindow.Common.Tests;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Fact]
    public void The_whole_2025_National_Day_and_Mid_Autumn_break_is_off()
    {
        for (var day = new DateOnly(2025, 10, 1); day <= new DateOnly(2025, 10, 8); day = day.AddDays(1))
        {
            Assert.False(China.IsWorkingDay(day), $"{day:yyyy-MM-dd} should be a holiday");
        }

        Assert.Equal("国庆节、中秋节", China.HolidayName(new DateOnly(2025, 10, 8)));
        Assert.True(China.IsWorkingDay(new DateOnly(2025, 10, 9)));
    }

    [Theory]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-02-14")]
    [InlineData("2026-10-10")]
    [InlineData("2026-01-04")]
    public void An_adjusted_weekend_is_a_working_day(string date)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(China.IsWorkingDay(day));
        Assert.Null(China.HolidayName(day));
    }

    [Fact]
    public void An_ordinary_weekend_and_an_ordinary_weekday_behave_as_usual()
    {
        Assert.False(China.IsWorkingDay(new DateOnly(2026, 3, 7)));
        Assert.True(China.IsWorkingDay(new DateOnly(2026, 3, 9)));
        Assert.Null(China.HolidayName(new DateOnly(2026, 3, 9)));
    }

    [Fact]
    public void A_holiday_on_a_weekday_is_not_a_working_day()
    {
        Assert.False(China.IsWorkingDay(new DateOnly(2026, 1, 2)));
        Assert.Equal("元旦", China.HolidayName(new DateOnly(2026, 1, 2)));
    }

    [Fact]
    public void Adding_one_working_day_across_National_Day_2026_lands_after_the_break()
    {
        Assert.Equal(new DateOnly(2026, 10, 8), China.AddWorkingDays(new DateOnly(2026, 9, 30), 1));
    }

    [Fact]
    public void The_start_day_never_counts_and_zero_returns_it()
    {
        var friday = new DateOnly(2026, 3, 6);

        Assert.Equal(friday, China.AddWorkingDays(friday, 0));
        Assert.Equal(new DateOnly(2026, 3, 9), China.AddWorkingDays(friday, 1));
        Assert.Equal(new DateOnly(2026, 3, 13), China.AddWorkingDays(friday, 5));
    }

    [Fact]
    public void Adjusted_weekends_count_towards_a_time_limit()
    {
        // 2026-10-09 is a Friday; Saturday 10-10 is a working day, so it is the next one.
        Assert.Equal(new DateOnly(2026, 10, 10), China.AddWorkingDays(new DateOnly(2026, 10, 9), 1));
    }

    [Fact]
    public void Working_days_between_counts_the_end_but_not_the_start()
    {
        Assert.Equal(1, China.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 8)));
        Assert.Equal(0, China.WorkingDaysBetween(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 6)));
        Assert.Equal(-1, China.WorkingDaysBetween(new DateOnly(2026, 10, 8), new DateOnly(2026, 9, 30)));

        var start = new DateOnly(2026, 2, 10);
        Assert.Equal(20, China.WorkingDaysBetween(start, China.AddWorkingDays(start, 20)));
    }

    [Fact]
    public void A_year_without_data_falls_back_to_weekends_only()
    {
        Assert.True(China.Covers(2025));
        Assert.True(China.Covers(2026));
        Assert.False(China.Covers(2030));

        // 2030-10-01 is a Tuesday: without data it is treated as an ordinary working day.
        Assert.True(China.IsWorkingDay(new DateOnly(2030, 10, 1)));
        Assert.Null(China.HolidayName(new DateOnly(2030, 10, 1)));
        Assert.False(China.IsWorkingDay(new DateOnly(2030, 10, 5)));
    }

    [Fact]
    public void The_deadline_is_the_end_of_the_working_day_in_Shanghai()
    {
        // 2026-09-30 17:00 UTC is already 2026-10-01 01:00 in Shanghai, so counting starts from 10-01.
        var acceptedAt = new DateTimeOffset(2026, 9, 30, 17, 0, 0, TimeSpan.Zero);

        var deadline = China.DeadlineFor(acceptedAt, 2);

        Assert.Equal(ChinaTime.EndOfDay(new DateOnly(2026, 10, 9)), deadline);
        Assert.Equal(TimeSpan.FromHours(8), deadline.Offset);
        Assert.True(deadline < new DateTimeOffset(2026, 10, 9, 16, 0, 0, TimeSpan.Zero));
        Assert.True(deadline > new DateTimeOffset(2026, 10, 9, 15, 59, 59, TimeSpan.Zero));
    }

    [Fact]
    public void A_calendar_can_be_read_from_json()
    {
        var calendar = WorkingDayCalendar.FromJson("""
            { "years": { "2030": { "holidays": [ { "name": "国庆节", "from": "2030-10-01", "to": "2030-10-07" } ],
                                   "workingWeekends": ["2030-09-29"] } } }
            """);

        Assert.True(calendar.Covers(2030));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 9, 29)));
    }

    [Theory]
    [InlineData("""{ "years": { "2030": { "holidays": [] } } }""")]
    [InlineData("""{ "years": { "2030": { "holidays": [], "workingWeekends": ["2030-10-01"] } } }""")]
    [InlineData("""{ "years": { "2030": { "holidays": [ { "name": "x", "from": "2030-10-07", "to": "2030-10-01" } ], "workingWeekends": [] } } }""")]
    [InlineData("""{ "years": { "2030": { "holidays": [], "workingWeekends": ["30-09-29"] } } }""")]
    public void Malformed_calendar_data_is_refused(string json)
    {
        Assert.Throws<JsonException>(() => WorkingDayCalendar.FromJson(json));
    }

    private static readonly CalendarYear Year2027 = new(
        2027,
        [new("元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)), new("春节", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 12))],
        [new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 13)]);

    [Fact]
    public void A_deadline_reaching_into_a_year_not_loaded_is_provisional_until_the_year_is_loaded()
    {
        var accepted = new DateOnly(2026, 12, 7);
        var provisional = China.AddWorkingDays(accepted, 30);

        Assert.Equal(new DateOnly(2027, 1, 18), provisional);
        Assert.Equal(2027, China.FirstUnloadedYear(accepted, provisional));
        Assert.Null(China.With([Year2027]).FirstUnloadedYear(accepted, provisional));
        Assert.Null(China.FirstUnloadedYear(accepted, new DateOnly(2026, 12, 31)));
    }

    [Theory]
    [InlineData("2026-09-30", null)]
    [InlineData("2026-10-01", 2027)]
    [InlineData("2027-03-02", 2027)]
    public void Next_years_calendar_is_missing_from_1_October_and_this_years_always(string today, int? missing)
    {
        var day = DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(missing, China.MissingYearOn(day));
        Assert.Null(China.With([Year2027]).MissingYearOn(new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void A_provisional_deadline_is_recounted_on_the_loaded_year_as_if_it_had_been_known()
    {
        var acceptedAt = ChinaTime.StartOfDay(new DateOnly(2026, 12, 7)).AddHours(10);
        var provisional = China.DeadlineFor(acceptedAt, 30);
        var loaded = China.With([Year2027]);

        var recounted = loaded.Recount(provisional, 2027);

        Assert.Equal(ChinaTime.EndOfDay(new DateOnly(2027, 1, 19)), recounted);
        Assert.Equal(loaded.DeadlineFor(acceptedAt, 30), recounted);
    }

    [Fact]
    public void Overlapping_holidays_and_a_weekday_listed_as_worked_are_named_by_their_field()
    {
        var year = new CalendarYear(
            2027,
            [new("元旦", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)), new("春节", new DateOnly(2027, 1, 3), new DateOnly(2027, 1, 9))],
            [new DateOnly(2027, 1, 6)]);

        var problems = year.Problems();

        Assert.Contains(problems, p => p.Field == "holidays[1].from");
        Assert.Contains(problems, p => p.Field == "workingWeekends[0]");
        Assert.Empty(Year2027.Problems());
    }
}
