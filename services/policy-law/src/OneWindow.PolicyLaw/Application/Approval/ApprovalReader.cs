using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Application.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;

namespace OneWindow.PolicyLaw.Application.Approval;

/// <summary>The worklist and one file: a centre sees its own (query filter and row-level security).</summary>
public sealed class ApprovalReader(PolicyLawDbContext db, BenefitAmount benefit, TimeProvider clock)
{
    /// <summary>
    /// A page of the worklist in one status: pending files (and those awaiting the director) by deadline, the soonest first (what is due is worked
    /// first); decided ones by their decision, the latest first (what was just done is looked up).
    /// </summary>
    public async Task<ListWorklistReply> ListAsync(ListWorklistRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var wanted = request.Status == V1.ApprovalStatus.Unspecified ? Domain.Approval.ApprovalStatus.Pending : (Domain.Approval.ApprovalStatus)((int)request.Status - 1);
        var query = db.ApprovalCases.AsNoTracking().Where(a => a.Status == wanted);
        KeysetPage<DomainCase> page;
        if (wanted is Domain.Approval.ApprovalStatus.Pending or Domain.Approval.ApprovalStatus.AwaitingDirector)
        {
            if (after is var (deadline, fileId))
            {
                query = query.Where(a => EF.Functions.GreaterThan(ValueTuple.Create(a.Deadline, a.FileId), ValueTuple.Create(deadline, fileId)));
            }

            page = await query.OrderBy(a => a.Deadline).ThenBy(a => a.FileId)
                .ReadPageAsync(size, a => PageToken.After(a.Deadline, a.FileId), cancellationToken);
        }
        else
        {
            if (after is var (decidedAt, fileId))
            {
                query = query.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.DecidedAt!.Value, a.FileId), ValueTuple.Create(decidedAt, fileId)));
            }

            page = await query.OrderByDescending(a => a.DecidedAt).ThenByDescending(a => a.FileId)
                .ReadPageAsync(size, a => PageToken.After(a.DecidedAt!.Value, a.FileId), cancellationToken);
        }

        var reply = new ListWorklistReply { NextPageToken = page.NextPageToken };
        var now = clock.GetUtcNow();
        reply.Cases.AddRange(page.Rows.Select(c => c.ToContract(now)));
        return reply;
    }

    /// <summary>
    /// The file; a pending benefit with the amount its rule gives, for the approver to confirm or override with a reason,
    /// and the item's limit above which the director confirms the amount.
    /// </summary>
    public async Task<V1.ApprovalCase> GetAsync(string fileId, CancellationToken cancellationToken) =>
        await DescribeAsync(await FindAsync(db, fileId, cancellationToken), cancellationToken);

    /// <summary>The file as GetApproval answers it: a decision answers the same, so the page after it reads as on opening.</summary>
    public async Task<V1.ApprovalCase> DescribeAsync(DomainCase approval, CancellationToken cancellationToken)
    {
        var contract = approval.ToContract(clock.GetUtcNow());
        var (monthly, byRule, confirmAbove) = await benefit.OfAsync(approval, cancellationToken);
        contract.MonthlyBenefit = monthly;
        contract.DirectorConfirmAbove = confirmAbove is { } limit ? CatalogueMapping.FormatYuan(limit) : null;
        if (approval.Status == Domain.Approval.ApprovalStatus.Pending && byRule is { } amount)
        {
            contract.RuleAmount = CatalogueMapping.FormatYuan(amount);
        }

        return contract;
    }

    public static async Task<DomainCase> FindAsync(PolicyLawDbContext db, string fileId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(fileId, "fileId");
        return await db.ApprovalCases.SingleOrDefaultAsync(a => a.FileId == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-file", "There is no such file in this centre's approval worklist.", "fileId");
    }
}
