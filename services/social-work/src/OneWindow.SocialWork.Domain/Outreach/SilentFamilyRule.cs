using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>
/// One silent-family rule, held as data (district-wide, changed by the district without a release): its kind,
/// its thresholds and whether it is in force. <see cref="Code"/> is the reason code findings carry.
/// </summary>
public sealed record SilentFamilyRule(string Code, SilentFamilyRuleKind Kind, bool Enabled, RuleParameters Parameters, string Description)
{
    /// <summary>The rules a district starts with.</summary>
    public static IReadOnlyList<SilentFamilyRule> Defaults { get; } =
    [
        new("benefit-ended", SilentFamilyRuleKind.BenefitEndedWithoutRenewal, true, new RuleParameters { Days = 30, Months = 12 }, "救助待遇终止后30天内未续办"),
        new("repeated-rejections", SilentFamilyRuleKind.RepeatedRejections, true, new RuleParameters { Count = 2, Months = 12 }, "12个月内2次及以上申请被驳回"),
        new("elderly-alone", SilentFamilyRuleKind.ElderlyAloneWithoutContact, true, new RuleParameters { MinAge = 80, Months = 6 }, "80岁及以上独居老人6个月无联系"),
        new("disability-no-benefit", SilentFamilyRuleKind.DisabilityWithoutBenefit, true, new RuleParameters { MaxDisabilityGrade = 2 }, "一、二级残疾且未享受任何补贴"),
        new("income-drop", SilentFamilyRuleKind.SharpIncomeDrop, true, new RuleParameters { Percent = 30, Months = 6 }, "6个月内人均收入下降30%及以上"),
    ];

    /// <summary>A copy with new thresholds and switch, refused when the kind's thresholds are missing or out of range.</summary>
    public SilentFamilyRule With(bool enabled, RuleParameters parameters, string? description)
    {
        var rule = this with { Enabled = enabled, Parameters = parameters, Description = string.IsNullOrWhiteSpace(description) ? Description : description.Trim() };
        rule.Validate();
        return rule;
    }

    public void Validate()
    {
        var p = Parameters;
        switch (Kind)
        {
            case SilentFamilyRuleKind.BenefitEndedWithoutRenewal:
                Require(p.Days, 1, 365, "days");
                Require(p.Months, 1, 60, "months");
                break;
            case SilentFamilyRuleKind.RepeatedRejections:
                Require(p.Count, 2, 20, "count");
                Require(p.Months, 1, 60, "months");
                break;
            case SilentFamilyRuleKind.ElderlyAloneWithoutContact:
                Require(p.MinAge, 60, 120, "minAge");
                Require(p.Months, 1, 60, "months");
                break;
            case SilentFamilyRuleKind.DisabilityWithoutBenefit:
                Require(p.MaxDisabilityGrade, 1, 4, "maxDisabilityGrade");
                break;
            case SilentFamilyRuleKind.SharpIncomeDrop:
                if (p.Percent is not (> 0 and < 100))
                {
                    throw Invalid("percent", "percent is between 0 and 100");
                }

                Require(p.Months, 1, 60, "months");
                break;
        }
    }

    private static void Require(int? value, int min, int max, string field)
    {
        if (value is not { } v || v < min || v > max)
        {
            throw Invalid(field, $"{field} is {min} to {max} for this rule");
        }
    }

    private static DomainException Invalid(string field, string message) =>
        new(DomainErrorKind.Invalid, "invalid-rule-parameter", message + ".", $"parameters.{field}");
}
