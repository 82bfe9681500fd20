using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>
/// Scans as their askers follow them: each with its centres' parts the caller may see (their centre's, or every
/// centre's for the district), and the counts summed.
/// </summary>
public sealed class ScanReader(SocialWorkDbContext db)
{
    public Task<V1.FamilyScan> GetAsync(V1.GetScanRequest request, CancellationToken cancellationToken) =>
        GetAsync(Wire.ParseId(request.ScanId, "scanId"), cancellationToken);

    public async Task<V1.FamilyScan> GetAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var parts = await PartsAsync([scanId], cancellationToken);
        return parts.Count == 0
            ? throw new DomainException(DomainErrorKind.NotFound, "unknown-scan", "There is no such scan of this centre.", "scanId")
            : ToContract(parts);
    }

    /// <summary>The scans, the latest asked for first, a page at a time (docs/adr/0021): a district's scan is one, however many centres it has.</summary>
    public async Task<V1.ListScansReply> ListAsync(V1.ListScansRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var query = db.Scans.AsNoTracking();
        if (after is var (requestedAt, id))
        {
            query = query.Where(s => EF.Functions.LessThan(ValueTuple.Create(s.RequestedAt, s.ScanId), ValueTuple.Create(requestedAt, id)));
        }

        // One more than the page says whether another follows.
        var heads = await query.Select(s => new { s.RequestedAt, s.ScanId }).Distinct()
            .OrderByDescending(s => s.RequestedAt).ThenByDescending(s => s.ScanId).Take(size + 1).ToListAsync(cancellationToken);
        var page = heads.Take(size).ToList();
        var parts = await PartsAsync([.. page.Select(s => s.ScanId)], cancellationToken);
        var reply = new V1.ListScansReply { NextPageToken = heads.Count > size ? PageToken.After(page[^1].RequestedAt, page[^1].ScanId) : string.Empty };
        reply.Scans.AddRange(page.Select(s => ToContract([.. parts.Where(p => p.Scan.ScanId == s.ScanId)])));
        return reply;
    }

    private async Task<List<(CentreScan Scan, string Centre)>> PartsAsync(IReadOnlyCollection<Guid> scanIds, CancellationToken cancellationToken) =>
        [.. (await db.Scans.AsNoTracking().Where(s => scanIds.Contains(s.ScanId))
                .Select(s => new { Scan = s, Centre = EF.Property<string>(s, TenantOwnership.PropertyName) })
                .OrderBy(s => s.Centre).ToListAsync(cancellationToken))
            .Select(s => (s.Scan, s.Centre))];

    public static V1.FamilyScan ToContract(IReadOnlyList<(CentreScan Scan, string Centre)> parts)
    {
        var first = parts[0].Scan;
        var scan = new V1.FamilyScan
        {
            ScanId = first.ScanId.ToString(),
            Status = Wire.ToContract<V1.ScanStatus>(
                parts.Any(p => p.Scan.Status == ScanStatus.Scanning) ? ScanStatus.Scanning
                : parts.Any(p => p.Scan.Status == ScanStatus.Failed) ? ScanStatus.Failed
                : ScanStatus.Done),
            RequestedBy = first.RequestedBy,
            RequestedAt = Wire.Instant(first.RequestedAt),
            HouseholdsTotal = parts.Sum(p => p.Scan.HouseholdsTotal),
            HouseholdsScanned = parts.Sum(p => p.Scan.HouseholdsScanned),
            FindingsRaised = parts.Sum(p => p.Scan.FindingsRaised),
            ReasonsAdded = parts.Sum(p => p.Scan.ReasonsAdded),
        };
        scan.Centres.AddRange(parts.Select(p => new V1.CentreScan
        {
            Centre = p.Centre,
            Status = Wire.ToContract<V1.ScanStatus>(p.Scan.Status),
            HouseholdsTotal = p.Scan.HouseholdsTotal,
            HouseholdsScanned = p.Scan.HouseholdsScanned,
            FindingsRaised = p.Scan.FindingsRaised,
            ReasonsAdded = p.Scan.ReasonsAdded,
            Failure = p.Scan.Failure,
            FailureDetail = p.Scan.FailureDetail,
            FinishedAt = Wire.Instant(p.Scan.FinishedAt),
        }));
        return scan;
    }
}
