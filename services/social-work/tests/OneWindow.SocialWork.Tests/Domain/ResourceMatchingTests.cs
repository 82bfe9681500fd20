using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Resources;

namespace OneWindow.SocialWork.Tests.Domain;

public sealed class ResourceMatchingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly SocialResource Housekeeping = Resource("家政服务员职业技能培训班", ResourceKind.TrainingClass, 20, Need.JobTraining, Need.Employment);
    private static readonly SocialResource Property = Resource("物业公司", ResourceKind.Employer, 3, Need.Employment);
    private static readonly SocialResource Computer = Resource("计算机培训班", ResourceKind.TrainingClass, 15, Need.JobTraining, Need.Education);
    private static readonly SocialResource Elderly = Resource("为老服务志愿者队", ResourceKind.Volunteer, 30, Need.ElderlyCare, Need.Companionship);
    private static readonly SocialResource Counselling = Resource("心理咨询中心", ResourceKind.Ngo, 6, Need.Psychological);

    public static TheoryData<Need[], string[]> Cases() => new()
    {
        { [Need.Employment, Need.JobTraining], ["家政服务员职业技能培训班", "计算机培训班", "物业公司"] },
        { [Need.Employment], ["家政服务员职业技能培训班", "物业公司"] },
        { [Need.ElderlyCare, Need.Psychological], ["为老服务志愿者队", "心理咨询中心"] },
        { [Need.Education, Need.JobTraining, Need.Employment], ["家政服务员职业技能培训班", "计算机培训班", "物业公司"] },
        { [Need.Housing, Need.Legal], [] },
        { [], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resources_covering_most_needs_come_first_then_those_with_most_room(Need[] needs, string[] expected)
    {
        var matches = ResourceMatching.Match(needs, [Property, Counselling, Computer, Elderly, Housekeeping]);

        Assert.Equal(expected, matches.Select(m => m.Name));
        Assert.All(matches, m => Assert.All(m.Covers, n => Assert.Contains(n, needs)));
    }

    [Fact]
    public void A_full_withdrawn_or_already_linked_resource_is_not_offered()
    {
        var full = Resource("满员的企业", ResourceKind.Employer, 1, Need.Employment);
        full.TakePlace(Now);
        var withdrawn = Resource("已撤出的企业", ResourceKind.Employer, 5, Need.Employment);
        withdrawn.Deactivate(Now);
        var linked = Resource("已对接的企业", ResourceKind.Employer, 5, Need.Employment);

        var matches = ResourceMatching.Match([Need.Employment], [full, withdrawn, linked, Property], new HashSet<Guid> { linked.Id });

        Assert.Equal(["物业公司"], matches.Select(m => m.Name));
    }

    [Fact]
    public void A_resource_at_capacity_takes_no_one_until_a_place_is_freed()
    {
        var employer = Resource("结对企业", ResourceKind.Employer, 2, Need.Employment);
        var first = ResourceReferral.Make(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), employer, LinkKind.Pairing, null, "w1", Now);
        ResourceReferral.Make(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), employer, LinkKind.Pairing, null, "w1", Now);

        var refusal = Assert.Throws<DomainException>(() => ResourceReferral.Make(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), employer, LinkKind.Referral, null, "w1", Now));
        Assert.Equal("resource-at-capacity", refusal.Code);
        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
        Assert.Equal(2, employer.InUse);

        first.Conclude(LinkStatus.Completed, "已上岗", employer, "w1", Now);
        Assert.Equal(1, employer.FreePlaces);
        Assert.Equal("referral-concluded", Assert.Throws<DomainException>(() => first.Conclude(LinkStatus.Ended, "重复", employer, "w1", Now)).Code);
        Assert.Equal(1, employer.FreePlaces);
    }

    [Theory]
    [InlineData(0, "capacity")]
    [InlineData(10_001, "capacity")]
    public void A_resource_takes_one_to_ten_thousand_families(int capacity, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => Resource("某机构", ResourceKind.Ngo, capacity, Need.Legal)).Field);

    [Fact]
    public void Capacity_is_not_lowered_below_the_places_in_use()
    {
        var employer = Resource("结对企业", ResourceKind.Employer, 2, Need.Employment);
        employer.TakePlace(Now);
        employer.TakePlace(Now);

        Assert.Equal("capacity-below-use", Assert.Throws<DomainException>(() => employer.Describe("结对企业", null, [Need.Employment], 1, "刘经理", "021-1", null, Now)).Code);
    }

    private static SocialResource Resource(string name, ResourceKind kind, int capacity, params Need[] services) =>
        SocialResource.Register(Guid.NewGuid(), kind, name, null, services, capacity, "联系人", "021-65430000", null, Now);
}
