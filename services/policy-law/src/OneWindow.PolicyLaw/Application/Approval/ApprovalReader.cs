using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Application.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;

namespace OneWindow.PolicyLaw.Application.Approval;

/// <summary>The worklist and one file: a centre sees its own (query filter and row-level security).</summary>
public sealed class ApprovalReader(PolicyLawDbContext db, BenefitAmount benefit, TimeProvider clock)
{
    public async Task<ListWorklistReply> ListAsync(V1.ApprovalStatus status, CancellationToken cancellationToken)
    {
        var wanted = status == V1.ApprovalStatus.Unspecified ? Domain.Approval.ApprovalStatus.Pending : (Domain.Approval.ApprovalStatus)((int)status - 1);
        var cases = await db.ApprovalCases.AsNoTracking().Where(a => a.Status == wanted).OrderBy(a => a.Deadline).Take(500).ToListAsync(cancellationToken);
        var reply = new ListWorklistReply();
        reply.Cases.AddRange(cases.Select(c => c.ToContract(clock.GetUtcNow())));
        return reply;
    }

    /// <summary>The file; a pending benefit with the amount its rule gives, for the approver to confirm or override with a reason.</summary>
    public async Task<V1.ApprovalCase> GetAsync(string fileId, CancellationToken cancellationToken)
    {
        var approval = await FindAsync(db, fileId, cancellationToken);
        var contract = approval.ToContract(clock.GetUtcNow());
        var (monthly, byRule) = await benefit.OfAsync(approval, cancellationToken);
        contract.MonthlyBenefit = monthly;
        if (approval.Status == Domain.Approval.ApprovalStatus.Pending && byRule is { } amount)
        {
            contract.RuleAmount = amount.ToString("0.00", CultureInfo.InvariantCulture);
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
