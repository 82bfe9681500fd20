using System.Globalization;
using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>Domain to contract and back: ids and dates as text, enums by position (the contract's zero is "unspecified").</summary>
internal static class OutreachMapping
{
    public static V1.Finding ToContract(this SilentFamilyFinding finding)
    {
        var contract = new V1.Finding
        {
            FindingId = finding.Id.ToString(),
            HouseholdId = finding.HouseholdId.ToString(),
            Status = Wire.ToContract<V1.FindingStatus>(finding.Status),
            FoundAt = Wire.Instant(finding.FoundAt),
            DeferredUntil = Wire.Day(finding.DeferredUntil),
            DecidedBy = finding.DecidedBy ?? string.Empty,
            DismissReason = finding.DismissReason ?? string.Empty,
            CaseId = Wire.Text(finding.CaseId),
        };
        contract.Reasons.AddRange(finding.Reasons.Select(r => new V1.FindingReason { RuleCode = r.RuleCode, Text = r.Text }));
        return contract;
    }

    public static V1.Rule ToContract(this SilentFamilyRule rule) => new()
    {
        Code = rule.Code,
        Kind = Wire.ToContract<V1.RuleKind>(rule.Kind),
        Enabled = rule.Enabled,
        Description = rule.Description,
        Parameters = new V1.RuleParameters
        {
            Days = rule.Parameters.Days,
            Months = rule.Parameters.Months,
            Count = rule.Parameters.Count,
            MinAge = rule.Parameters.MinAge,
            MaxDisabilityGrade = rule.Parameters.MaxDisabilityGrade,
            Percent = rule.Parameters.Percent?.ToString(CultureInfo.InvariantCulture),
        },
    };
}
