using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Events;

/// <summary>
/// Counts work data for a worker's month with an atomic upsert, inside the inbox transaction the handler runs in (so a
/// redelivered event counts once): one unit per event in the event's month (Shanghai time), or a day's figure in its day's.
/// </summary>
public sealed class WorkData(HrPayrollDbContext db, ITenantContext tenant)
{
    public Task CountAsync(IntegrationEvent fact, string? staffId, WorkMetric metric, decimal value, CancellationToken cancellationToken) =>
        AddAsync(staffId, Wire.MonthOf(fact.OccurredAt), metric, 1, value, cancellationToken);

    /// <summary>
    /// A day's figure counted at once (review's daily summary, published after the day is over): <paramref name="count"/>
    /// units in the month of <paramref name="day"/>, not of the event, so the last day of a month counts in that month.
    /// </summary>
    public Task CountDayAsync(string? staffId, DateOnly day, WorkMetric metric, int count, CancellationToken cancellationToken) =>
        count > 0
            ? AddAsync(staffId, day.ToString("yyyy-MM", CultureInfo.InvariantCulture), metric, count, 0, cancellationToken)
            : Task.CompletedTask;

    private async Task AddAsync(string? staffId, string month, WorkMetric metric, int count, decimal total, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(staffId) || tenant.Current.CentreCode is not { } centre)
        {
            return;
        }

        var metricName = metric.ToString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO work_counts (id, tenant_id, staff_id, month, metric, count, total)
            VALUES ({Guid.CreateVersion7()}, {centre}, {staffId}, {month}, {metricName}, {count}, {total})
            ON CONFLICT (tenant_id, staff_id, month, metric)
            DO UPDATE SET count = work_counts.count + excluded.count, total = work_counts.total + excluded.total
            """, cancellationToken);
    }
}
