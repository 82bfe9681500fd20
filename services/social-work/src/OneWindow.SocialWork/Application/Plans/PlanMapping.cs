using OneWindow.SocialWork.Domain.Plans;

namespace OneWindow.SocialWork.Application.Plans;

/// <summary>Domain to contract and back: ids and dates as text, enums by position (the contract's zero is "unspecified").</summary>
internal static class PlanMapping
{
    public static V1.Plan ToContract(this AssistancePlan plan, DateOnly today)
    {
        var contract = new V1.Plan
        {
            PlanId = plan.Id.ToString(),
            CaseId = plan.CaseId.ToString(),
            HouseholdId = plan.HouseholdId.ToString(),
            ReviewOn = Wire.Day(plan.ReviewOn),
            ReviewDue = plan.ReviewDue(today),
            Revision = plan.Revision,
            UpdatedBy = plan.UpdatedBy,
            UpdatedAt = Wire.Instant(plan.UpdatedAt),
        };
        contract.Goals.AddRange(plan.Goals);
        contract.Actions.AddRange(plan.Actions.Select(a => new V1.PlanAction
        {
            ActionId = a.Id.ToString(),
            Description = a.Description,
            Owner = a.Owner,
            DueOn = Wire.Day(a.DueOn),
            Status = Wire.ToContract<V1.ActionStatus>(a.Status),
            SettledAt = Wire.Instant(a.SettledAt),
            Outcome = a.Outcome ?? string.Empty,
            Overdue = a.Status == ActionStatus.Open && a.DueOn < today,
        }));
        contract.Policies.AddRange(plan.Policies.Select(p => new V1.LinkedPolicy
        {
            ItemCode = p.ItemCode,
            ItemVersion = p.ItemVersion,
            Name = p.Name,
            Reason = p.Reason,
            MonthlyAmount = p.MonthlyAmount is { } amount ? Wire.Money(amount) : null,
            LinkedBy = p.LinkedBy,
            LinkedAt = Wire.Instant(p.LinkedAt),
        }));
        contract.Resources.AddRange(plan.Resources.Select(r => new V1.LinkedResource
        {
            ResourceId = r.ResourceId.ToString(),
            ReferralId = r.ReferralId.ToString(),
            Name = r.Name,
            Kind = Wire.ToContract<V1.ResourceKind>(r.Kind),
            LinkedBy = r.LinkedBy,
            LinkedAt = Wire.Instant(r.LinkedAt),
        }));
        return contract;
    }
}
