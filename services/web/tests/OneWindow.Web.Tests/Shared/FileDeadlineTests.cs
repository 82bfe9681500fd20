using OneWindow.Common.Calendar;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Tests.Shared;

/// <summary>How a file's deadline is shown: working days left of its time limit, amber at 80 %, red when past.</summary>
public sealed class FileDeadlineTests
{
    private const string Accepted = "2026-12-01T10:00:00+08:00";
    private const string Due = "2026-12-22T17:00:00+08:00";

    [Theory]
    [InlineData("2026-12-10T10:00:00+08:00", 8, DeadlineState.OnTime, null)]
    [InlineData("2026-12-18T10:00:00+08:00", 2, DeadlineState.Near, "deadline-near")]
    [InlineData("2026-12-23T10:00:00+08:00", -1, DeadlineState.Overdue, "deadline-overdue")]
    public void A_fifteen_working_day_file_is_on_time_then_near_then_overdue(string now, int left, DeadlineState state, string? css)
    {
        var deadline = FileDeadline.Of(Accepted, Due, overdue: false, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), WorkingDayCalendar.China);

        Assert.Equal((left, 15, state, css), (deadline.WorkingDaysLeft, deadline.TimeLimit, deadline.State, deadline.CssClass));
    }
}
