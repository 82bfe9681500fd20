using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Domain.Approval;
using OneWindow.PolicyLaw.Persistence;

namespace OneWindow.PolicyLaw.Background;

/// <summary>
/// Tells notification (and hr-payroll) when an approval reaches 80 % of its time limit and when it is
/// overdue, once each. Runs per centre, so each centre's events and changes stay under its own tenant.
/// </summary>
internal sealed partial class ApprovalDeadlineWatch(IServiceScopeFactory scopes, IOptions<PolicyLawOptions> options, TimeProvider clock, ILogger<ApprovalDeadlineWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeadlineCheckInterval, clock);
        do
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogCheckFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task CheckAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<string> centres;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
            centres = await db.ApprovalCases
                .Where(a => (a.Status == ApprovalStatus.Pending || a.Status == ApprovalStatus.AwaitingDirector) && ((!a.WarningSent && a.WarnAt <= now) || (!a.OverdueSent && a.Deadline <= now)))
                .Select(a => EF.Property<string>(a, TenantOwnership.PropertyName))
                .Distinct()
                .ToListAsync(cancellationToken);
        }

        foreach (var centre in centres)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
            var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            var due = await db.ApprovalCases
                .Where(a => (a.Status == ApprovalStatus.Pending || a.Status == ApprovalStatus.AwaitingDirector) && ((!a.WarningSent && a.WarnAt <= now) || (!a.OverdueSent && a.Deadline <= now)))
                .ToListAsync(cancellationToken);
            foreach (var approval in due)
            {
                if (approval.OverdueDue(now))
                {
                    approval.MarkOverdueSent();
                    outbox.Add(new ApprovalOverdue { OccurredAt = now, Tenant = centre, FileId = approval.FileId, Deadline = approval.Deadline });
                }
                else if (approval.WarningDue(now))
                {
                    approval.MarkWarningSent();
                    outbox.Add(new ApprovalDeadlineWarning { OccurredAt = now, Tenant = centre, FileId = approval.FileId, Deadline = approval.Deadline });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking approval deadlines failed; trying again at the next interval")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
