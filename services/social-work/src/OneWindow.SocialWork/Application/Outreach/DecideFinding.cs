using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>A worker's decision on a finding: accept (a case is opened), dismiss with a reason, or defer to a date.</summary>
public sealed class DecideFinding(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.Case> AcceptAsync(V1.AcceptFindingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var finding = await FindingAsync(request.FindingId, cancellationToken);
        var lead = string.IsNullOrWhiteSpace(request.LeadWorker) ? caller.Subject : request.LeadWorker.Trim();
        if (lead != caller.Subject && !caller.IsDepartmentHead)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "head-assigns", "Only the department head names another worker as lead.", "leadWorker");
        }

        await access.EnsureNoOpenCaseAsync(finding.HouseholdId, cancellationToken);
        var socialCase = finding.Accept(Guid.CreateVersion7(), lead, caller.Subject, clock.GetUtcNow());
        db.Cases.Add(socialCase);
        audit.Record(new AuditEntry("accept-finding", "finding", finding.Id.ToString()));
        audit.Record(new AuditEntry("open-case", "case", socialCase.Id.ToString(), socialCase.Origin.ToString()));
        outbox.Add(new CaseOpened { OccurredAt = socialCase.OpenedAt, Tenant = tenant.RequireCentre(), CaseId = socialCase.Id, HouseholdId = socialCase.HouseholdId, WorkerStaffId = lead });
        await db.SaveAsync(cancellationToken);
        return socialCase.ToContract([]);
    }

    public async Task<V1.Finding> DismissAsync(V1.DismissFindingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var finding = await FindingAsync(request.FindingId, cancellationToken);
        finding.Dismiss(request.Reason, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("dismiss-finding", "finding", finding.Id.ToString(), finding.DismissReason));
        await db.SaveAsync(cancellationToken);
        return finding.ToContract();
    }

    public async Task<V1.Finding> DeferAsync(V1.DeferFindingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var until = Wire.ParseDay(request.Until, "until");
        var finding = await FindingAsync(request.FindingId, cancellationToken);
        finding.Defer(until, ChinaTime.Today(clock), caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("defer-finding", "finding", finding.Id.ToString(), Wire.Day(until)));
        await db.SaveAsync(cancellationToken);
        return finding.ToContract();
    }

    private async Task<SilentFamilyFinding> FindingAsync(string id, CancellationToken cancellationToken)
    {
        var findingId = Wire.ParseId(id, "findingId");
        return await db.Findings.SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-finding", "There is no such finding in this centre.", "findingId");
    }
}
