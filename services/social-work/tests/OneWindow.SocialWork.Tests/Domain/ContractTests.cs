using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Domain.Visits;

namespace OneWindow.SocialWork.Tests.Domain;

public sealed class ContractTests
{
    public static TheoryData<Type, Type> Pairs() => new()
    {
        { typeof(V1.Need), typeof(Need) },
        { typeof(V1.Risk), typeof(Risk) },
        { typeof(V1.HealthStatus), typeof(HealthStatus) },
        { typeof(V1.HousingStatus), typeof(HousingStatus) },
        { typeof(V1.EmploymentStatus), typeof(EmploymentStatus) },
        { typeof(V1.ResourceKind), typeof(ResourceKind) },
        { typeof(V1.ReferralSource), typeof(ReferralSource) },
        { typeof(V1.ReferralStatus), typeof(ReferralStatus) },
        { typeof(V1.CaseStatus), typeof(CaseStatus) },
        { typeof(V1.CaseOrigin), typeof(CaseOrigin) },
        { typeof(V1.ClosureReason), typeof(ClosureReason) },
        { typeof(V1.VisitStatus), typeof(VisitStatus) },
        { typeof(V1.VisitPurpose), typeof(VisitPurpose) },
        { typeof(V1.ActionStatus), typeof(ActionStatus) },
        { typeof(V1.LinkKind), typeof(LinkKind) },
        { typeof(V1.LinkStatus), typeof(LinkStatus) },
        { typeof(V1.RecommendationOutcome), typeof(RecommendationOutcome) },
        { typeof(V1.RuleKind), typeof(SilentFamilyRuleKind) },
        { typeof(V1.FindingStatus), typeof(FindingStatus) },
    };

    /// <summary>The API maps enums by position (the contract's zero is "unspecified"): names must line up one for one.</summary>
    [Theory]
    [MemberData(nameof(Pairs))]
    public void Contract_enums_follow_the_domain_enums_name_for_name(Type contract, Type domain) =>
        Assert.Equal(["Unspecified", .. Enum.GetNames(domain)], Enum.GetNames(contract));
}
