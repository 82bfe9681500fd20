using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Visits;

/// <summary>
/// The household and case a visit is for, and the visit a worker records: only the visiting worker or the
/// department head records it; a refusal is written to the audit trail.
/// </summary>
public sealed class VisitAccess(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit)
{
    /// <summary>The household visited, and the case if named: it must be the household's, and the caller must work it.</summary>
    public async Task<(Guid HouseholdId, Guid? CaseId)> SubjectAsync(string householdText, string caseText, Caller caller, string action, CancellationToken cancellationToken)
    {
        var household = await access.HouseholdAsync(Wire.ParseId(householdText, "householdId"), cancellationToken);
        if (Wire.OptionalId(caseText, "caseId") is not { } caseId)
        {
            return (household.HouseholdId, null);
        }

        var socialCase = await access.CaseAsync(caseId, cancellationToken);
        if (socialCase.HouseholdId != household.HouseholdId)
        {
            throw new DomainException(DomainErrorKind.Invalid, "case-of-another-household", "The case is not this household's.", "caseId");
        }

        socialCase.EnsureOpen();
        await access.EnsureMayWorkAsync(socialCase, caller, action, cancellationToken);
        return (household.HouseholdId, caseId);
    }

    public async Task<HomeVisit> VisitAsync(string id, Caller caller, string action, CancellationToken cancellationToken)
    {
        var visitId = Wire.ParseId(id, "visitId");
        var visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-visit", "There is no such visit in this centre.", "visitId");
        if (visit.WorkerStaffId != caller.Subject && !caller.IsDepartmentHead)
        {
            await audit.RecordDenialAsync(new AuditEntry(action, "visit", visit.Id.ToString(), "not-your-visit"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-your-visit", "Only the visiting worker or the department head records this visit.", "visitId");
        }

        return visit;
    }
}
