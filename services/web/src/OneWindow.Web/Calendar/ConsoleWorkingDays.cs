using Grpc.Core;
using OneWindow.Common.Calendar;
using OneWindow.HrPayroll.V1;

namespace OneWindow.Web.Calendar;

/// <summary>
/// The working days the console counts a file's days left and the team's calendar with: the district's calendar
/// (docs/adr/0024), read from hr-payroll once per circuit, as every service counts its deadlines with it. When
/// hr-payroll cannot answer, the last calendar read (at first, the seed): the page still shows, its days left
/// counted Monday to Friday over a year not known.
/// </summary>
public sealed class ConsoleWorkingDays(WorkingCalendar.WorkingCalendarClient calendar, LastCalendarRead last)
{
    private WorkingDayCalendar? _read;

    public async Task<WorkingDayCalendar> CurrentAsync()
    {
        if (_read is null)
        {
            try
            {
                _read = last.Keep(await calendar.ListCalendarYearsAsync(new ListCalendarYearsRequest()));
            }
            catch (RpcException)
            {
                return last.Current;
            }
        }

        return _read;
    }
}
