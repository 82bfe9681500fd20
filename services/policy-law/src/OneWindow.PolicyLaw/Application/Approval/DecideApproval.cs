using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Application.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;

namespace OneWindow.PolicyLaw.Application.Approval;

/// <summary>
/// One decision on a file (re-check, approve, reject, return; the director's confirmation or sending back of an amount
/// above the item's limit). Refusals by separation of duties are written to the audit trail as denied; a decision
/// commits with its audit record and its event. Approving a benefit item schedules its disbursement in the same
/// transaction, or, above the item's limit, when the director confirms it: only then is the approval announced.
/// </summary>
public sealed class DecideApproval(
    PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, ScheduleDisbursement schedule, ApprovalReader reader, ITenantContext tenant, TimeProvider clock)
{
    public Task<V1.ApprovalCase> RecheckAsync(string fileId, string staffId, CancellationToken cancellationToken) =>
        DecideAsync(fileId, "recheck", null, cancellationToken, (approval, now) =>
        {
            approval.RecordRecheck(staffId, now);
            return Task.CompletedTask;
        });

    public Task<V1.ApprovalCase> ApproveAsync(ApproveRequest request, string staffId, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "approve", request.Reason, cancellationToken, async (approval, now) =>
        {
            approval.EnsureApprovable(staffId);
            var approved = await schedule.AmountAsync(approval, ParseAmount(request.MonthlyAmount), request.AmountReason, cancellationToken);
            if (approved is { AboveLimit: true })
            {
                approval.ApproveAboveLimit(staffId, now, request.Reason, approved.Amount, approved.RuleAmount, approved.Reason);
                return;
            }

            approval.Approve(staffId, now, request.Reason);
            await ApprovedAsync(approval, approved, now, cancellationToken);
        });

    public Task<V1.ApprovalCase> ConfirmAsync(string fileId, string directorStaffId, CancellationToken cancellationToken) =>
        DecideAsync(fileId, "confirm", null, cancellationToken, async (approval, now) =>
        {
            approval.ConfirmByDirector(directorStaffId, now);
            var approved = approval.ApprovedAmount is { } amount ? new ApprovedBenefit(amount, approval.RuleAmount, approval.AmountReason, AboveLimit: true) : null;
            await ApprovedAsync(approval, approved, now, cancellationToken);
        });

    public Task<V1.ApprovalCase> SendBackAsync(DecisionRequest request, string directorStaffId, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "send-back", request.Reason, cancellationToken, (approval, _) =>
        {
            approval.SendBackByDirector(directorStaffId, request.Reason);
            return Task.CompletedTask;
        });

    public Task<V1.ApprovalCase> RejectAsync(DecisionRequest request, string staffId, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "reject", request.Reason, cancellationToken, (approval, now) =>
        {
            approval.Reject(staffId, now, request.Reason);
            outbox.Add(new ApplicationRejected { OccurredAt = now, Tenant = tenant.RequireCentre(), FileId = approval.FileId, ItemCode = approval.ItemCode, ApproverStaffId = staffId, Reason = approval.Reason! });
            return Task.CompletedTask;
        });

    public Task<V1.ApprovalCase> ReturnAsync(DecisionRequest request, string staffId, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "return", request.Reason, cancellationToken, (approval, now) =>
        {
            approval.Return(staffId, now, request.Reason);
            outbox.Add(new ApplicationReturnedByApproval { OccurredAt = now, Tenant = tenant.RequireCentre(), FileId = approval.FileId, ItemCode = approval.ItemCode, ApproverStaffId = staffId, Reason = approval.Reason! });
            return Task.CompletedTask;
        });

    /// <summary>The approval is final: announced (the file completes) and, for a benefit, its schedule started.</summary>
    private async Task ApprovedAsync(DomainCase approval, ApprovedBenefit? approved, DateTimeOffset now, CancellationToken cancellationToken)
    {
        outbox.Add(new ApplicationApproved { OccurredAt = now, Tenant = tenant.RequireCentre(), FileId = approval.FileId, ItemCode = approval.ItemCode, ApproverStaffId = approval.DecidedBy!, Reason = approval.Reason });
        if (approved is not null)
        {
            await schedule.StartAsync(approval, approved, now, cancellationToken);
        }
    }

    private async Task<V1.ApprovalCase> DecideAsync(string fileId, string action, string? reason, CancellationToken cancellationToken, Func<DomainCase, DateTimeOffset, Task> decide)
    {
        tenant.RequireCentre();
        var approval = await ApprovalReader.FindAsync(db, fileId, cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            await decide(approval, now);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "file", approval.FileId.ToString(), refusal.Code), cancellationToken);
            throw;
        }

        audit.Record(new AuditEntry(action, "file", approval.FileId.ToString(), reason));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.DescribeAsync(approval, cancellationToken);
    }

    private static decimal? ParseAmount(string? text) =>
        text is null ? null : CatalogueMapping.ParseYuan(text, "monthlyAmount");
}
