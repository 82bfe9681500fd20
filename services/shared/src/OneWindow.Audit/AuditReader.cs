using Microsoft.EntityFrameworkCore;
using OneWindow.Tenancy;

namespace OneWindow.Audit;

internal sealed class AuditReader<TContext>(TContext context, ITenantContext tenant) : IAuditReader
    where TContext : DbContext
{
    public async Task<(IReadOnlyList<AuditRecord> Records, bool More)> SearchAsync(AuditSearch search, CancellationToken cancellationToken)
    {
        var records = Matching(search);
        if (search.BeforeId is { } beforeId)
        {
            records = records.Where(r => r.Id < beforeId);
        }

        // One more than the page says whether there is another page without counting them all.
        var page = await records.OrderByDescending(r => r.Id).Take(search.PageSize + 1).ToListAsync(cancellationToken);
        return page.Count > search.PageSize ? (page[..search.PageSize], true) : (page, false);
    }

    public IAsyncEnumerable<AuditRecord> EveryAsync(AuditSearch search) =>
        Matching(search).OrderByDescending(r => r.Id).AsAsyncEnumerable();

    private IQueryable<AuditRecord> Matching(AuditSearch search)
    {
        var records = context.Set<AuditRecord>().AsNoTracking()
            .Where(r => r.At >= search.From && r.At <= search.Until);

        // Row-level security already hides other centres' rows; the query says so too, so a centre never depends on
        // one safeguard alone. District-wide callers see every centre and the district's own acts.
        switch (tenant.Current)
        {
            case { CentreCode: { } centre }:
                records = records.Where(r => r.TenantId == centre);
                break;
            case { DistrictWide: false }:
                return records.Where(_ => false);
        }

        if (search.Actor is { } actor)
        {
            records = records.Where(r => r.Actor == actor);
        }

        if (search.Action is { } action)
        {
            records = records.Where(r => r.Action == action);
        }

        if (search.SubjectId is { } subjectId)
        {
            records = records.Where(r => r.SubjectId == subjectId);
        }

        if (search.DeniedOnly)
        {
            records = records.Where(r => r.Outcome == AuditOutcome.Denied);
        }

        return records;
    }
}
