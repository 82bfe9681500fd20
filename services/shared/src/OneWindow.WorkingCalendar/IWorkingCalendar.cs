using OneWindow.Common.Calendar;

namespace OneWindow.WorkingCalendar;

/// <summary>The working-day calendar as this service knows it now: the shipped seed with the district's loaded years over it.</summary>
public interface IWorkingCalendar
{
    Task<WorkingDayCalendar> CurrentAsync(CancellationToken cancellationToken);
}
