using System.Globalization;
using Grpc.Core;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>Links an item to the plan only when policy-law says the household qualifies for it now.</summary>
public sealed class LinkPolicy(SocialWorkDbContext db, CaseAccess access, PlanAccess plans, EligibilityLookup eligibility, IAuditTrail audit, TimeProvider clock)
{
    public async Task<V1.Plan> HandleAsync(V1.LinkPolicyRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var itemCode = request.ItemCode.Trim();
        var socialCase = await plans.OpenCaseAsync(request.CaseId, caller, "link-policy", cancellationToken);
        _ = await plans.PlanAsync(socialCase.Id, cancellationToken);
        var household = await access.HouseholdAsync(socialCase.HouseholdId, cancellationToken);
        if (household.Benefits.Contains(itemCode))
        {
            throw new DomainException(DomainErrorKind.Conflict, "benefit-held", $"The household already holds {itemCode}.", "itemCode");
        }

        var answer = await eligibility.FindAsync(household, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.Unavailable, "政策法规部资格核验暂不可用，请稍后再关联政策。"));
        var eligible = answer.Eligible.SingleOrDefault(e => e.ItemCode == itemCode);
        if (eligible is null)
        {
            var undetermined = answer.Undetermined.SingleOrDefault(e => e.ItemCode == itemCode);
            throw new DomainException(
                DomainErrorKind.RuleViolated,
                "not-eligible",
                undetermined is null
                    ? $"policy-law does not find the household eligible for {itemCode}."
                    : $"policy-law cannot decide {itemCode} without more facts: {undetermined.Reason}",
                "itemCode");
        }

        var names = await plans.NamesAsync(cancellationToken);
        var plan = await plans.PlanAsync(socialCase.Id, cancellationToken);
        plan.LinkPolicy(new LinkedPolicy(
            eligible.ItemCode, eligible.ItemVersion, names.GetValueOrDefault(eligible.ItemCode, eligible.ItemCode), eligible.Reason,
            eligible.MonthlyAmount is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null, caller.Subject, clock.GetUtcNow()));
        audit.Record(new AuditEntry("link-policy", "case", socialCase.Id.ToString(), $"{eligible.ItemCode}@{eligible.ItemVersion}"));
        await db.SaveAsync(cancellationToken);
        return plan.ToContract(ChinaTime.Today(clock));
    }
}
