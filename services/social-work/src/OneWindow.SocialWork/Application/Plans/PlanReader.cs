using OneWindow.Common.Time;
using OneWindow.SocialWork.Application.Cases;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>A case's plan, with the policies policy-law finds the household eligible for and the plan does not hold yet.</summary>
public sealed class PlanReader(CaseAccess access, PlanAccess plans, EligibilityLookup eligibility, TimeProvider clock)
{
    public async Task<V1.Plan> GetAsync(V1.GetPlanRequest request, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        var plan = await plans.PlanAsync(socialCase.Id, cancellationToken);
        var contract = plan.ToContract(ChinaTime.Today(clock));
        var household = await access.HouseholdAsync(socialCase.HouseholdId, cancellationToken);
        if (await eligibility.FindAsync(household, cancellationToken) is { } answer)
        {
            var names = await plans.NamesAsync(cancellationToken);
            contract.SuggestionsAvailable = true;
            contract.SuggestedPolicies.AddRange(answer.Eligible
                .Where(e => plan.Policies.All(p => p.ItemCode != e.ItemCode) && !household.Benefits.Contains(e.ItemCode))
                .Select(e => new V1.SuggestedPolicy
                {
                    ItemCode = e.ItemCode, ItemVersion = e.ItemVersion, Name = names.GetValueOrDefault(e.ItemCode, e.ItemCode), Reason = e.Reason, MonthlyAmount = e.MonthlyAmount,
                }));
        }

        return contract;
    }
}
