using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>The plan of an open case the caller works, and the catalogue's item names the plan shows.</summary>
public sealed class PlanAccess(SocialWorkDbContext db, CaseAccess access)
{
    public async Task<SocialCase> OpenCaseAsync(string caseText, Caller caller, string action, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(caseText, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, action, cancellationToken);
        socialCase.EnsureOpen();
        return socialCase;
    }

    public async Task<AssistancePlan> WorkablePlanAsync(string caseText, Caller caller, string action, CancellationToken cancellationToken) =>
        await PlanAsync((await OpenCaseAsync(caseText, caller, action, cancellationToken)).Id, cancellationToken);

    public async Task<AssistancePlan> PlanAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Plans.SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "no-plan", "The case has no assistance plan yet: draft it first.", "caseId");

    public async Task<Dictionary<string, string>> NamesAsync(CancellationToken cancellationToken) =>
        await db.Catalogue.AsNoTracking().ToDictionaryAsync(i => i.ItemCode, i => i.Name, cancellationToken);
}
