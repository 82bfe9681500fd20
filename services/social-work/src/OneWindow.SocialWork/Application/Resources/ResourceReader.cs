using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Resources;

/// <summary>The centre's resource directory, its matches for a case's needs, and the referrals and pairings made to it.</summary>
public sealed class ResourceReader(SocialWorkDbContext db, CaseAccess access)
{
    public async Task<V1.ListResourcesReply> ListAsync(V1.ListResourcesRequest request, CancellationToken cancellationToken)
    {
        var query = db.Resources.AsNoTracking();
        if (request.Kind != V1.ResourceKind.Unspecified)
        {
            var kind = Wire.ToDomain<ResourceKind>(request.Kind, "kind");
            query = query.Where(r => r.Kind == kind);
        }

        if (!request.IncludeInactive)
        {
            query = query.Where(r => r.Active);
        }

        var resources = await query.OrderBy(r => r.Kind).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        if (request.Need != V1.Need.Unspecified)
        {
            var need = Wire.ToDomain<Need>(request.Need, "need");
            resources = [.. resources.Where(r => r.Services.Contains(need))];
        }

        var reply = new V1.ListResourcesReply();
        reply.Resources.AddRange(resources.Select(r => r.ToContract()));
        return reply;
    }

    /// <summary>Resources for the needs the case's assessment recorded, leaving out those the household is already linked to.</summary>
    public async Task<V1.MatchResourcesReply> MatchAsync(V1.MatchResourcesRequest request, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        if (socialCase.Situation.Needs.Count == 0)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "needs-not-assessed", "The case's situation names no needs yet: describe the situation first.", "caseId");
        }

        var linked = (await db.ResourceReferrals.AsNoTracking()
            .Where(r => r.CaseId == socialCase.Id && r.Status == LinkStatus.Active)
            .Select(r => r.ResourceId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var directory = await db.Resources.AsNoTracking().Where(r => r.Active).ToListAsync(cancellationToken);
        var reply = new V1.MatchResourcesReply();
        reply.Needs.AddRange(socialCase.Situation.Needs.Select(n => Wire.ToContract<V1.Need>(n)));
        foreach (var match in ResourceMatching.Match(socialCase.Situation.Needs, directory, linked))
        {
            var contract = new V1.ResourceMatch
            {
                ResourceId = match.ResourceId.ToString(), Name = match.Name, Kind = Wire.ToContract<V1.ResourceKind>(match.Kind), FreePlaces = match.FreePlaces,
            };
            contract.Covers.AddRange(match.Covers.Select(n => Wire.ToContract<V1.Need>(n)));
            reply.Matches.Add(contract);
        }

        return reply;
    }

    /// <summary>The referrals and pairings the filters leave, the latest made first, a page at a time (docs/adr/0021).</summary>
    public async Task<V1.ListResourceReferralsReply> ListReferralsAsync(V1.ListResourceReferralsRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var query = db.ResourceReferrals.AsNoTracking();
        if (Wire.OptionalId(request.ResourceId, "resourceId") is { } resourceId)
        {
            query = query.Where(r => r.ResourceId == resourceId);
        }

        if (Wire.OptionalId(request.CaseId, "caseId") is { } caseId)
        {
            query = query.Where(r => r.CaseId == caseId);
        }

        if (request.Status != V1.LinkStatus.Unspecified)
        {
            var status = Wire.ToDomain<LinkStatus>(request.Status, "status");
            query = query.Where(r => r.Status == status);
        }

        if (request.Kind != V1.LinkKind.Unspecified)
        {
            var kind = Wire.ToDomain<LinkKind>(request.Kind, "kind");
            query = query.Where(r => r.Kind == kind);
        }

        if (after is var (madeAt, id))
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.MadeAt, r.Id), ValueTuple.Create(madeAt, id)));
        }

        var page = await query.OrderByDescending(r => r.MadeAt).ThenByDescending(r => r.Id)
            .ReadPageAsync(size, r => PageToken.After(r.MadeAt, r.Id), cancellationToken);
        var resourceIds = page.Rows.Select(r => r.ResourceId).Distinct().ToList();
        var names = await db.Resources.AsNoTracking().Where(r => resourceIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var reply = new V1.ListResourceReferralsReply { NextPageToken = page.NextPageToken };
        reply.Referrals.AddRange(page.Rows.Select(r => r.ToContract(names.GetValueOrDefault(r.ResourceId, string.Empty))));
        return reply;
    }
}
