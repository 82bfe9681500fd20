using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;

namespace OneWindow.WorkingCalendar;

/// <summary>
/// Keeps this service's copy of a year the district loaded: a later version replaces an earlier one, an earlier or
/// repeated one (delivered late or twice) changes nothing. What the new year changes (provisional deadlines) each
/// service recounts in its own time.
/// </summary>
public sealed class WorkingCalendarHandler<TContext>(TContext db, TimeProvider clock) : IIntegrationEventHandler<WorkingCalendarChanged>
    where TContext : DbContext
{
    public async Task HandleAsync(WorkingCalendarChanged changed, CancellationToken cancellationToken)
    {
        var year = await db.Set<LoadedCalendarYear>().SingleOrDefaultAsync(y => y.Year == changed.Year, cancellationToken);
        if (year is null)
        {
            year = new LoadedCalendarYear { Year = changed.Year };
            db.Add(year);
        }
        else if (year.Version >= changed.Version)
        {
            return;
        }

        year.Version = changed.Version;
        year.Holidays = [.. changed.Holidays];
        year.WorkingWeekends = [.. changed.WorkingWeekends];
        year.LoadedAt = clock.GetUtcNow();
    }
}
