using System.Globalization;
using OneWindow.Common.Calendar;
using OneWindow.HrPayroll.V1;

namespace OneWindow.Web.Components.Review;

/// <summary>
/// The department's leave over the coming weeks, day by day: who is away (approved) or has asked (requested), so the
/// head sees before assigning whose A or B will be missing. Rejected leave is not shown.
/// </summary>
public sealed class LeaveCalendar
{
    private readonly List<LeaveRequest> _leave;
    private readonly WorkingDayCalendar _calendar;

    public LeaveCalendar(IEnumerable<LeaveRequest> leave, DateOnly from, int days, WorkingDayCalendar calendar)
    {
        Days = [.. Enumerable.Range(0, days).Select(from.AddDays)];
        _calendar = calendar;
        _leave = [.. leave.Where(l => l.Status is LeaveStatus.Approved or LeaveStatus.Requested && Overlaps(l))];
        People = [.. _leave.Select(l => l.StaffId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<DateOnly> Days { get; }

    /// <summary>Who has leave, approved or asked, within the days shown.</summary>
    public IReadOnlyList<string> People { get; }

    public bool IsWorkingDay(DateOnly day) => _calendar.IsWorkingDay(day);

    /// <summary>The worker's leave on that day (approved before requested), or null.</summary>
    public LeaveRequest? On(string staffId, DateOnly day) => _leave
        .Where(l => l.StaffId == staffId && Covers(l, day))
        .OrderBy(l => l.Status == LeaveStatus.Approved ? 0 : 1)
        .FirstOrDefault();

    private bool Overlaps(LeaveRequest leave) =>
        Day(leave.From) is { } from && Day(leave.To) is { } to && from <= Days[^1] && to >= Days[0];

    private static bool Covers(LeaveRequest leave, DateOnly day) =>
        Day(leave.From) is { } from && Day(leave.To) is { } to && from <= day && day <= to;

    private static DateOnly? Day(string wire) =>
        DateOnly.TryParseExact(wire, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
