using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Staff;

namespace OneWindow.HrPayroll.Tests.Domain;

/// <summary>The register row's lists: roles and the skills matrix change only through the member's own methods.</summary>
public sealed class StaffMemberTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Roles_are_kept_once_each_in_order_and_a_change_of_post_replaces_them()
    {
        var member = Hire(["reviewer", "clerk", "reviewer"]);

        Assert.Equal(["clerk", "reviewer"], member.Roles);

        member.ChangePost(Department.FirstReview, ["head", "reviewer"], null, false, new Placement(2, 5), ProfessionalTitle.None, Now);

        Assert.Equal(["head", "reviewer"], member.Roles);
        Assert.True(member.IsHeadOf(Department.FirstReview));
    }

    [Fact]
    public void A_change_of_post_without_a_role_is_refused_and_the_roles_stay()
    {
        var member = Hire(["clerk"]);

        var refusal = Assert.Throws<DomainException>(() =>
            member.ChangePost(Department.FrontWindows, [], null, false, new Placement(3, 4), ProfessionalTitle.None, Now));

        Assert.Equal("roles-required", refusal.Code);
        Assert.Equal(["clerk"], member.Roles);
    }

    [Fact]
    public void Items_held_as_A_or_as_B_are_also_known_each_once_in_order()
    {
        var member = Hire(["clerk"]);

        member.SetSkills(["old-age-allowance", " dibao-review "], ["disability-subsidy"], ["housing-aid", "dibao-review"], Now);

        Assert.Equal(["dibao-review", "old-age-allowance"], member.ItemsAsA);
        Assert.Equal(["disability-subsidy"], member.ItemsAsB);
        Assert.Equal(["dibao-review", "disability-subsidy", "housing-aid", "old-age-allowance"], member.ItemsKnown);
    }

    [Fact]
    public void An_item_held_both_as_A_and_as_B_is_refused_and_the_skills_stay()
    {
        var member = Hire(["clerk"]);
        member.SetSkills(["dibao-review"], [], [], Now);

        var refusal = Assert.Throws<DomainException>(() => member.SetSkills(["housing-aid"], ["housing-aid"], [], Now));

        Assert.Equal("item-both-a-and-b", refusal.Code);
        Assert.Equal(["dibao-review"], member.ItemsAsA);
        Assert.Empty(member.ItemsAsB);
    }

    private static StaffMember Hire(IEnumerable<string> roles) =>
        StaffMember.Hire("test-worker", "测试", Department.FrontWindows, roles, null, false,
            new Placement(3, 4), ProfessionalTitle.None, new DateOnly(2020, 1, 1), "pd1.x.y", "index", "pd1.x.z", Now);
}
