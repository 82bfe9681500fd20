using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>
/// Asks for a scan of the caller's centre, or of every centre the district knows households of. Each centre's part is
/// stored at once, scanning, with its households counted; <see cref="SilentFamilyScanning"/> scans them in the
/// background, so the caller is answered at once and can watch the count rise, leave, and come back. A centre whose
/// scan is under way is not scanned again (409 scan-running): a second scan would only race the first over the same
/// households.
/// </summary>
public sealed class ScanSilentFamilies(SocialWorkDbContext db, ITenantContext tenant, IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<V1.FamilyScan> ScanAsync(Caller caller, CancellationToken cancellationToken)
    {
        // Answered from what was stored, not read back: the scanning may already be under way.
        var scanId = Guid.CreateVersion7();
        if (tenant.Current.CentreCode is { } own)
        {
            return ScanReader.ToContract([(await StartCentreAsync(tenant.Current, scanId, caller, cancellationToken), own)]);
        }

        if (!tenant.Current.DistrictWide)
        {
            tenant.RequireCentre();
        }

        var centres = await db.Households.AsNoTracking().Select(h => EF.Property<string>(h, TenantOwnership.PropertyName)).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        // Refused whole rather than started for some centres: the district asked for every centre at once.
        if (await db.Scans.AnyAsync(s => s.Status == ScanStatus.Scanning, cancellationToken))
        {
            throw Running();
        }

        var started = new List<(CentreScan, string)>();
        foreach (var centre in centres)
        {
            started.Add((await StartCentreAsync(Tenant.Centre(centre, namedByDistrict: true), scanId, caller, cancellationToken), centre));
        }

        return started.Count == 0
            ? throw new DomainException(DomainErrorKind.RuleViolated, "no-households", "No centre has households to scan yet.")
            : ScanReader.ToContract(started);
    }

    /// <summary>Each centre in a scope of its own: a row is written as its centre, under row-level security.</summary>
    private async Task<CentreScan> StartCentreAsync(Tenant centre, Guid scanId, Caller caller, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(centre);
        var centreDb = scope.ServiceProvider.GetRequiredService<SocialWorkDbContext>();
        if (await centreDb.Scans.AnyAsync(s => s.Status == ScanStatus.Scanning, cancellationToken))
        {
            throw Running();
        }

        var households = await centreDb.Households.CountAsync(cancellationToken);
        var scan = CentreScan.Start(scanId, households, caller.Subject, clock.GetUtcNow());
        centreDb.Scans.Add(scan);
        scope.ServiceProvider.GetRequiredService<IAuditTrail>().Record(new AuditEntry("scan-silent-families", "centre", centre.CentreCode!, $"scan {scanId}: {households} households"));
        try
        {
            await centreDb.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbContextTransactions.IsUniqueViolation(exception))
        {
            // Two requests at once: the index on a centre's running scan let one through.
            throw Running();
        }

        return scan;
    }

    private static DomainException Running() =>
        new(DomainErrorKind.Conflict, "scan-running", "A scan of this centre is under way: follow it instead of starting another.");
}
