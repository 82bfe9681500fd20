using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Persistence;
using OneWindow.Outbox;

namespace OneWindow.HrPayroll.Application.Leave;

/// <summary>
/// Announces approved leave as its days come: leave-started on its first day, leave-ended the day after its
/// last, each once (flags on the request, in the same transaction as the outbox event, the rows locked while it runs),
/// centre by centre.
/// </summary>
public sealed class AnnounceLeave(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        List<string> centres;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
            centres = await db.Leave
                .Where(l => l.Status == LeaveStatus.Approved && ((!l.StartAnnounced && l.From <= today) || (!l.EndAnnounced && l.To < today)))
                .Select(l => EF.Property<string>(l, TenantOwnership.PropertyName)).Distinct().ToListAsync(cancellationToken);
        }

        var announced = 0;
        foreach (var centre in centres)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
            var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            var now = clock.GetUtcNow();
            // The rows are locked until the flags and the events commit: a run on another replica (or the interval's run beside
            // an explicit one) waits, then reads the flags as committed and announces nothing twice.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var approved = nameof(LeaveStatus.Approved);
            var due = await db.Leave
                .FromSql($"""
                    SELECT * FROM leave_requests
                    WHERE status = {approved} AND ((NOT start_announced AND "from" <= {today}) OR (NOT end_announced AND "to" < {today}))
                    FOR UPDATE
                    """)
                .ToListAsync(cancellationToken);
            foreach (var leave in due)
            {
                if (leave.AnnounceStart(today) && leave.To >= today)
                {
                    outbox.Add(new LeaveStarted { OccurredAt = now, Tenant = centre, LeaveId = leave.Id, StaffId = leave.StaffId, From = leave.From, To = leave.To });
                    announced++;
                }

                if (leave.AnnounceEnd(today))
                {
                    outbox.Add(new LeaveEnded { OccurredAt = now, Tenant = centre, LeaveId = leave.Id, StaffId = leave.StaffId });
                    announced++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return announced;
    }
}
