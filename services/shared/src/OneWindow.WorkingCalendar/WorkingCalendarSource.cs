using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Calendar;

namespace OneWindow.WorkingCalendar;

/// <summary>
/// Reads the loaded years once per scope (a request, an event, a watch round): a handful of rows, and every replica
/// sees a year the moment any of them has stored it.
/// </summary>
internal sealed class WorkingCalendarSource<TContext>(TContext db) : IWorkingCalendar
    where TContext : DbContext
{
    private WorkingDayCalendar? _current;

    public async Task<WorkingDayCalendar> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            var loaded = await db.Set<LoadedCalendarYear>().AsNoTracking().ToListAsync(cancellationToken);
            _current = WorkingDayCalendar.China.With(loaded.Select(year => year.ToYear()));
        }

        return _current;
    }
}
