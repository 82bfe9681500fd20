using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Persistence;

namespace OneWindow.WorkingCalendar;

public static class WorkingCalendarModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds the service's copy of the district's calendar years. The calendar is the district's, the same for every
    /// centre: no tenant column and no row-level security, as the catalogue's read models.
    /// </summary>
    public static ModelBuilder AddWorkingCalendar(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LoadedCalendarYear>(year =>
        {
            year.ToTable("working_calendar_years");
            year.HasKey(y => y.Year);
            year.Property(y => y.Year).ValueGeneratedNever();
            year.Property(y => y.Holidays).HasJsonb(Json);
            year.Property(y => y.WorkingWeekends).HasJsonb(Json);
        });
        return modelBuilder;
    }
}
