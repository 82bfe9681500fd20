using System.Globalization;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Application.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;

namespace OneWindow.PolicyLaw.Application.Approval;

/// <summary>
/// One decision on a file (re-check, approve, reject, return). Refusals by separation of duties are
/// written to the audit trail as denied; a decision commits with its audit record and its event.
/// Approving a benefit item schedules its disbursement in the same transaction.
/// </summary>
public sealed class DecideApproval(PolicyLawDbContext db, IAuditTrail audit, IOutbox outbox, ScheduleDisbursement schedule, ITenantContext tenant, TimeProvider clock)
{
    public Task<V1.ApprovalCase> RecheckAsync(string fileId, string staffId, CancellationToken cancellationToken) =>
        DecideAsync(fileId, "recheck", null, cancellationToken, (approval, now) => approval.RecordRecheck(staffId, now));

    public Task<V1.ApprovalCase> ApproveAsync(ApproveRequest request, string staffId, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "approve", request.Reason, cancellationToken, (approval, now) =>
        {
            approval.Approve(staffId, now, request.Reason);
            return approval;
        }, async (approval, now) =>
        {
            outbox.Add(new ApplicationApproved { OccurredAt = now, Tenant = tenant.RequireCentre(), FileId = approval.FileId, ItemCode = approval.ItemCode, ApproverStaffId = staffId, Reason = approval.Reason });
            await schedule.OnApprovalAsync(approval, ParseAmount(request.MonthlyAmount), request.AmountReason, now, cancellationToken);
        });

    public Task<V1.ApprovalCase> RejectAsync(DecisionRequest request, string staffId, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "reject", request.Reason, cancellationToken, (approval, now) =>
        {
            approval.Reject(staffId, now, request.Reason);
            return approval;
        }, (approval, now) =>
        {
            outbox.Add(new ApplicationRejected { OccurredAt = now, Tenant = tenant.RequireCentre(), FileId = approval.FileId, ItemCode = approval.ItemCode, ApproverStaffId = staffId, Reason = approval.Reason! });
            return Task.CompletedTask;
        });

    public Task<V1.ApprovalCase> ReturnAsync(DecisionRequest request, string staffId, CancellationToken cancellationToken) =>
        DecideAsync(request.FileId, "return", request.Reason, cancellationToken, (approval, now) =>
        {
            approval.Return(staffId, now, request.Reason);
            return approval;
        }, (approval, now) =>
        {
            outbox.Add(new ApplicationReturnedByApproval { OccurredAt = now, Tenant = tenant.RequireCentre(), FileId = approval.FileId, ItemCode = approval.ItemCode, ApproverStaffId = staffId, Reason = approval.Reason! });
            return Task.CompletedTask;
        });

    private Task<V1.ApprovalCase> DecideAsync(string fileId, string action, string? reason, CancellationToken cancellationToken, Action<DomainCase, DateTimeOffset> decide) =>
        DecideAsync(fileId, action, reason, cancellationToken, (approval, now) =>
        {
            decide(approval, now);
            return approval;
        }, (_, _) => Task.CompletedTask);

    private async Task<V1.ApprovalCase> DecideAsync(
        string fileId,
        string action,
        string? reason,
        CancellationToken cancellationToken,
        Func<DomainCase, DateTimeOffset, DomainCase> decide,
        Func<DomainCase, DateTimeOffset, Task> then)
    {
        tenant.RequireCentre();
        var approval = await ApprovalReader.FindAsync(db, fileId, cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            decide(approval, now);
        }
        catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "file", approval.FileId.ToString(), refusal.Code), cancellationToken);
            throw;
        }

        await then(approval, now);
        audit.Record(new AuditEntry(action, "file", approval.FileId.ToString(), reason));
        await db.SaveChangesAsync(cancellationToken);
        return approval.ToContract(now);
    }

    private static decimal? ParseAmount(string? text) =>
        text is null
            ? null
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && decimal.Round(amount, 2) == amount && amount > 0
                ? amount
                : throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "monthlyAmount is a positive amount in yuan with at most two decimals, e.g. \"1530.00\".", "monthlyAmount");
}
