using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.HrPayroll.Domain.Performance;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Events;

/// <summary>
/// Counts one unit of work data for a worker's month with an atomic upsert, inside the inbox transaction
/// the handler runs in (so a redelivered event counts once). The month is the event's, in Shanghai time.
/// </summary>
public sealed class WorkData(HrPayrollDbContext db, ITenantContext tenant)
{
    public async Task CountAsync(IntegrationEvent fact, string? staffId, WorkMetric metric, decimal value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(staffId) || tenant.Current.CentreCode is not { } centre)
        {
            return;
        }

        var month = Wire.MonthOf(fact.OccurredAt);
        var metricName = metric.ToString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO work_counts (id, tenant_id, staff_id, month, metric, count, total)
            VALUES ({Guid.CreateVersion7()}, {centre}, {staffId}, {month}, {metricName}, 1, {value})
            ON CONFLICT (tenant_id, staff_id, month, metric)
            DO UPDATE SET count = work_counts.count + 1, total = work_counts.total + excluded.total
            """, cancellationToken);
    }
}
