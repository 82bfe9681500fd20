using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Calendar;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Calendar;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Calendar;

/// <summary>
/// The district admin loads a year of the State Council's notice (or corrects one, with a reason); every service
/// that counts deadlines hears the whole year and recounts what was provisional.
/// </summary>
public sealed class LoadCalendarYear(HrPayrollDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.CalendarYear> HandleAsync(V1.LoadCalendarYearRequest request, string loadedBy, CancellationToken cancellationToken)
    {
        if (!tenant.Current.DistrictWide)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "district-only", "The working-day calendar is the district's: only a district admin with no centre loads it.");
        }

        try
        {
            return await LoadAsync(request, loadedBy, cancellationToken);
        }
        catch (DomainException refused)
        {
            // A notice refused (a day it could never say, a year already held without a reason) is recorded as refused, nothing else.
            await audit.RecordDenialAsync(new AuditEntry("load-calendar-year", "working-calendar", request.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Code), cancellationToken);
            throw;
        }
    }

    private async Task<V1.CalendarYear> LoadAsync(V1.LoadCalendarYearRequest request, string loadedBy, CancellationToken cancellationToken)
    {
        var year = request.ToYear();
        return await db.InTransactionAsync(async () =>
        {
            // Two admins loading the same year at once: the second waits, then sees the first's version.
            await db.LockAsync($"working-calendar:{request.Year}", cancellationToken);
            var latest = await db.CalendarYears.Where(v => v.Year == request.Year).OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
            var version = CalendarYearVersion.Load(year, latest, WorkingDayCalendar.China.Covers(request.Year), request.Reason, loadedBy, clock.GetUtcNow());
            db.CalendarYears.Add(version);
            audit.Record(new AuditEntry(
                "load-calendar-year",
                "working-calendar",
                $"{version.Year}/v{version.Version}",
                $"{version.Holidays.Count} 个节假日，{version.WorkingWeekends.Count} 个调休上班日{(version.Reason is { } reason ? "；原因：" + reason : string.Empty)}"));
            outbox.Add(new WorkingCalendarChanged
            {
                OccurredAt = version.LoadedAt,
                Tenant = null,
                Year = version.Year,
                Version = version.Version,
                Holidays = version.Holidays,
                WorkingWeekends = version.WorkingWeekends,
            });
            await db.SaveChangesAsync(cancellationToken);
            return version.ToContract();
        }, cancellationToken);
    }
}
