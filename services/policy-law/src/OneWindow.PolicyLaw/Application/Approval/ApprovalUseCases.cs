using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Application.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;

namespace OneWindow.PolicyLaw.Application.Approval;

/// <summary>The worklist and one file: a centre sees its own (query filter and row-level security).</summary>
public sealed class ApprovalReader(PolicyLawDbContext db, TimeProvider clock)
{
    public async Task<ListWorklistReply> ListAsync(V1.ApprovalStatus status, CancellationToken cancellationToken)
    {
        var wanted = status == V1.ApprovalStatus.Unspecified ? Domain.Approval.ApprovalStatus.Pending : (Domain.Approval.ApprovalStatus)((int)status - 1);
        var cases = await db.ApprovalCases.AsNoTracking().Where(a => a.Status == wanted).OrderBy(a => a.Deadline).Take(500).ToListAsync(cancellationToken);
        var reply = new ListWorklistReply();
        reply.Cases.AddRange(cases.Select(c => c.ToContract(clock.GetUtcNow())));
        return reply;
    }

    public async Task<V1.ApprovalCase> GetAsync(string fileId, CancellationToken cancellationToken) =>
        (await FindAsync(db, fileId, cancellationToken)).ToContract(clock.GetUtcNow());

    public static async Task<DomainCase> FindAsync(PolicyLawDbContext db, string fileId, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(fileId, out var parsed)
            ? parsed
            : throw new DomainException(DomainErrorKind.Invalid, "invalid-file-id", "fileId is a file's id (a GUID).", "fileId");
        return await db.ApprovalCases.SingleOrDefaultAsync(a => a.FileId == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-file", "There is no such file in this centre's approval worklist.", "fileId");
    }
}

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
            await schedule.OnApprovalAsync(approval, ParseAmount(request.MonthlyAmount), now, cancellationToken);
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
            await audit.RecordDenialAsync(new AuditEntry(action, "file", approval.FileId.ToString(), refusal.Message), cancellationToken);
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

internal static class ApprovalMapping
{
    public static V1.ApprovalCase ToContract(this DomainCase approval, DateTimeOffset now) => new()
    {
        FileId = approval.FileId.ToString(),
        ItemCode = approval.ItemCode,
        ItemVersion = approval.ItemVersion,
        HouseholdId = approval.HouseholdId?.ToString(),
        ReviewerStaffId = approval.ReviewerStaffId,
        AcceptingClerkStaffId = approval.AcceptingClerkStaffId,
        ReturnRound = approval.ReturnRound,
        ReceivedAt = ChinaTime.ToChina(approval.ReceivedAt).ToString("O", CultureInfo.InvariantCulture),
        Deadline = ChinaTime.ToChina(approval.Deadline).ToString("O", CultureInfo.InvariantCulture),
        TimeLimited = approval.TimeLimited,
        SupervisorStaffId = approval.SupervisorStaffId,
        RecheckedBy = approval.RecheckedBy,
        Status = (V1.ApprovalStatus)((int)approval.Status + 1),
        DecidedBy = approval.DecidedBy,
        Reason = approval.Reason,
        Overdue = approval.Status == Domain.Approval.ApprovalStatus.Pending && now > approval.Deadline,
    };
}
