using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Persistence;
using OneWindow.SocialWork.Persistence.ReadModels;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>
/// Finds the cases and households of the caller's centre (another centre's are simply not there: 404) and lets
/// only a case's workers and the department head change it; a refusal is written to the audit trail.
/// </summary>
public sealed class CaseAccess(SocialWorkDbContext db, IAuditTrail audit)
{
    public async Task<SocialCase> CaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-case", "There is no such case in this centre.", "caseId");

    /// <summary>The household as intake's events made it known; a case for a household nobody registered is refused.</summary>
    public async Task<HouseholdRecord> HouseholdAsync(Guid householdId, CancellationToken cancellationToken) =>
        await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.HouseholdId == householdId, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre (households are registered at the windows).", "householdId");

    public async Task EnsureMayWorkAsync(SocialCase socialCase, Caller caller, string action, CancellationToken cancellationToken)
    {
        if (caller.IsDepartmentHead || socialCase.IsWorker(caller.Subject))
        {
            return;
        }

        await audit.RecordDenialAsync(new AuditEntry(action, "case", socialCase.Id.ToString(), "not-on-case"), cancellationToken);
        throw new DomainException(DomainErrorKind.Forbidden, "not-on-case", "Only the case's workers and the department head may change it.", "caseId");
    }

    /// <summary>A family has one open case at a time: everything for it is planned together.</summary>
    public async Task EnsureNoOpenCaseAsync(Guid householdId, CancellationToken cancellationToken)
    {
        if (await db.Cases.AnyAsync(c => c.HouseholdId == householdId && c.Status != CaseStatus.Closed, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "case-already-open", "The household already has an open case.", "householdId");
        }
    }

    /// <summary>The household (known from intake) and one of its members.</summary>
    public async Task<(Guid HouseholdId, Guid ResidentId)> HouseholdMemberAsync(string householdText, string residentText, CancellationToken cancellationToken)
    {
        var residentId = Wire.ParseId(residentText, "residentId");
        var household = await HouseholdAsync(Wire.ParseId(householdText, "householdId"), cancellationToken);
        return household.MemberIds.Contains(residentId)
            ? (household.HouseholdId, residentId)
            : throw new DomainException(DomainErrorKind.NotFound, "not-a-member", "The resident is not a member of this household.", "residentId");
    }
}
