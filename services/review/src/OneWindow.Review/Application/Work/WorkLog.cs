using Microsoft.EntityFrameworkCore;
using OneWindow.Review.Domain.Deadlines;
using OneWindow.Review.Persistence;

namespace OneWindow.Review.Application.Work;

/// <summary>
/// Counts a reviewer's work for the day with an atomic upsert, in the transaction of the decision it
/// counts (so a refused or rolled-back decision counts nothing, and two at once both count).
/// </summary>
public sealed class WorkLog(ReviewDbContext db, ITenantContext tenant)
{
    public async Task CountAsync(string staffId, DateTimeOffset at, WorkTally tally, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var day = DeadlineClock.Day(at);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO work_days (id, tenant_id, staff_id, day, files_reviewed, passed, returned, rejected, deadlines_met, deadlines_missed, published)
            VALUES ({Guid.CreateVersion7()}, {centre}, {staffId}, {day}, {tally.Reviewed}, {tally.Passed}, {tally.Returned}, {tally.Rejected}, {tally.Met}, {tally.Missed}, false)
            ON CONFLICT (tenant_id, staff_id, day) DO UPDATE SET
              files_reviewed = work_days.files_reviewed + excluded.files_reviewed,
              passed = work_days.passed + excluded.passed,
              returned = work_days.returned + excluded.returned,
              rejected = work_days.rejected + excluded.rejected,
              deadlines_met = work_days.deadlines_met + excluded.deadlines_met,
              deadlines_missed = work_days.deadlines_missed + excluded.deadlines_missed
            """, cancellationToken);
    }
}
