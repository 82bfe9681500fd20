using Microsoft.EntityFrameworkCore;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>
/// Scans the centres' scans asked for, any centre's, in the background (docs/adr/0022, as payroll runs are computed).
/// A replica takes a centre's scan by a lease on its row (a conditional update, so two replicas never scan one centre)
/// and renews it with every batch it commits; the batches are the progress the console shows. A replica that stops
/// mid-scan lets the lease lapse and the scan is taken again after the last batch that committed: each batch commits its
/// findings together with the household it reached, so none is scanned twice, and one that were would raise nothing
/// (a household with an open finding is not flagged again). A scan that throws is marked failed, to be asked again.
/// </summary>
public sealed partial class SilentFamilyScanning(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SilentFamilyScanning> logger) : ISignalledJob
{
    /// <summary>Long enough for a batch to commit many times over; short enough that a stopped replica's scan resumes soon.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private const int Batch = 50;

    /// <summary>Scans every centre's scan waiting and not held by another replica; returns how many it finished.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        List<(Guid Scan, string Centre)> waiting;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            var db = scope.ServiceProvider.GetRequiredService<SocialWorkDbContext>();
            var now = clock.GetUtcNow();
            waiting = [.. (await Untaken(db, now)
                .OrderBy(s => s.RequestedAt)
                .Select(s => new { s.Id, Centre = EF.Property<string>(s, TenantOwnership.PropertyName) })
                .ToListAsync(cancellationToken)).Select(s => (s.Id, s.Centre))];
        }

        var finished = 0;
        foreach (var (scan, centre) in waiting)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
            var db = scope.ServiceProvider.GetRequiredService<SocialWorkDbContext>();
            if (await TakeAsync(db, scan, cancellationToken) && await ScanAsync(db, scope.ServiceProvider.GetRequiredService<SilentFamilyScanner>(), scan, cancellationToken))
            {
                finished++;
            }
        }

        return finished;
    }

    private static IQueryable<CentreScan> Untaken(SocialWorkDbContext db, DateTimeOffset now) =>
        db.Scans.Where(s => s.Status == ScanStatus.Scanning
            && (EF.Property<DateTimeOffset?>(s, SocialWorkDbContext.ScanLease) == null
                || EF.Property<DateTimeOffset?>(s, SocialWorkDbContext.ScanLease) < now));

    /// <summary>PostgreSQL locks the row for the update: a second replica re-reads it after the first commits and takes nothing.</summary>
    private async Task<bool> TakeAsync(SocialWorkDbContext db, Guid scan, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await Untaken(db, now).Where(s => s.Id == scan)
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTimeOffset?>(r, SocialWorkDbContext.ScanLease), now + Lease), cancellationToken) == 1;
    }

    private async Task<bool> ScanAsync(SocialWorkDbContext db, SilentFamilyScanner scanner, Guid scanId, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.SingleAsync(s => s.Id == scanId, cancellationToken);
        try
        {
            var rules = await scanner.RulesAsync(cancellationToken);
            while (await scanner.ScanBatchAsync(scan, rules, Batch, cancellationToken))
            {
                // The batch's findings, their silent-family-found in the outbox and the scan's progress commit together.
                db.Entry(scan).Property(SocialWorkDbContext.ScanLease).CurrentValue = clock.GetUtcNow() + Lease;
                await db.SaveChangesAsync(cancellationToken);
            }

            scan.Finish(clock.GetUtcNow());
            db.Entry(scan).Property(SocialWorkDbContext.ScanLease).CurrentValue = null;
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, scanId);
            db.ChangeTracker.Clear();
            var failed = await db.Scans.SingleAsync(s => s.Id == scanId, cancellationToken);
            failed.Fail("scan-failed", exception.Message, clock.GetUtcNow());
            db.Entry(failed).Property(SocialWorkDbContext.ScanLease).CurrentValue = null;
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Silent-family scan {Scan} failed; it is marked failed for the centre to scan again")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid scan);
}
