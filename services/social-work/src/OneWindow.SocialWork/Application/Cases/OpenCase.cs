using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>A worker opens a case for a household the centre knows, with no other case open.</summary>
public sealed class OpenCase(CaseAccess access, CaseOpening opening, TimeProvider clock)
{
    public async Task<V1.Case> HandleAsync(V1.OpenCaseRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var household = await access.HouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        var lead = CaseOpening.LeadWorker(request.LeadWorker, caller);
        await access.EnsureNoOpenCaseAsync(household.HouseholdId, cancellationToken);
        var socialCase = SocialCase.Open(Guid.CreateVersion7(), household.HouseholdId, CaseOrigin.SocialWorker, null, request.Reason, lead, caller.Subject, clock.GetUtcNow());
        return await opening.SaveAsync(socialCase, "open-case", cancellationToken);
    }
}
