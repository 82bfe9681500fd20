using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Calendar;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.WorkingCalendar;

namespace OneWindow.Notification.Tests;

/// <summary>
/// A home delivery's due date is counted on the district's calendar (docs/adr/0024), not on the years shipped with the
/// platform. Its own class: the calendar a service keeps is the district's, the same for every test of the host.
/// </summary>
public sealed class WorkingCalendarTests(NotificationFactory notification) : IClassFixture<NotificationFactory>
{
    [Fact]
    public async Task A_result_approved_on_New_Years_Eve_is_due_home_three_working_days_later_on_the_year_the_district_loaded()
    {
        await notification.PublishAsync(new WorkingCalendarChanged
        {
            OccurredAt = DateTimeOffset.UtcNow,
            Tenant = null,
            Year = 2031,
            Version = 1,
            Holidays = [new("元旦", new DateOnly(2031, 1, 1), new DateOnly(2031, 1, 1))],
            WorkingWeekends = [],
        }, "hr-payroll");
        await notification.EventuallyAsync(() => notification.QueryAsync(null, db => db.Set<LoadedCalendarYear>().AnyAsync(y => y.Year == 2031)), stored => stored);
        var centre = NotificationFactory.NewCentre();
        var (_, _, fileId, _) = await notification.AcceptedFileAsync(centre, method: DeliveryMethod.HomeDelivery);

        // Tuesday 31 December 2030: on the seed alone (2031 not shipped) Wednesday 1 January would count as worked.
        var approvedAt = ChinaTime.StartOfDay(new DateOnly(2030, 12, 31)).AddHours(10);
        await notification.PublishAsync(new ApplicationApproved { OccurredAt = approvedAt, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", ApproverStaffId = "officer-1" }, "policy-law");

        await notification.EventuallyAsync(centre, db => db.DeliveryTasks.AnyAsync(t => t.FileId == fileId));
        var due = await notification.QueryAsync(centre, db => db.DeliveryTasks.Where(t => t.FileId == fileId).Select(t => t.Due).SingleAsync());
        Assert.NotEqual(WorkingDayCalendar.China.DeadlineFor(approvedAt, 3), due);
        Assert.Equal(ChinaTime.EndOfDay(new DateOnly(2031, 1, 6)), due, TimeSpan.FromSeconds(1));
    }
}
