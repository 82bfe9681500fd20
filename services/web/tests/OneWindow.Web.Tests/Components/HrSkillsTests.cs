using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.HrPayroll.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>AB角: items without both an A and a B flagged as the grid changes, what is saved for whom, and who may edit.</summary>
public sealed class HrSkillsTests : BunitContext
{
    private readonly AnsweringInvoker _services = new();

    public HrSkillsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new OneWindow.HrPayroll.V1.Staff.StaffClient(_services));
        Services.AddSingleton(new Catalogue.CatalogueClient(_services));
        Services.AddTransient<PageAction>();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
        _services.Answer(new ListItemsReply
        {
            Items =
            {
                new ServiceItem { Code = "dibao", Name = "最低生活保障", Kind = ItemKind.Routed },
                new ServiceItem { Code = "rental-housing", Name = "公共租赁住房", Kind = ItemKind.Joint },
                new ServiceItem { Code = "certificate", Name = "居住证明", Kind = ItemKind.Instant },
            },
        });
        _services.Answer(new ListStaffReply
        {
            Staff =
            {
                new StaffMember { StaffId = "jiangpu-s022", Name = "李思嘉", Roles = { "reviewer" }, ItemsAsA = { "dibao", "rental-housing" }, ItemsKnown = { "dibao", "rental-housing" } },
                new StaffMember { StaffId = "jiangpu-s020", Name = "李浩", Roles = { "reviewer", "supervisor" }, ItemsAsB = { "dibao" }, ItemsKnown = { "dibao", "old-item" } },
                new StaffMember { StaffId = "jiangpu-s004", Name = "曹军", Roles = { "clerk" } },
                new StaffMember { StaffId = "jiangpu-s025", Name = "王离", Roles = { "reviewer" }, LastDay = "2026-11-30" },
            },
        });
    }

    [Fact]
    public void Only_routed_and_joint_items_by_the_reviewers_on_staff_make_the_grid()
    {
        SignIn("jiangpu-s002", "hr-admin");

        var page = Render<HrSkills>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=skills-item]").Count));
        Assert.Equal(new[] { "jiangpu-s020", "jiangpu-s022" }, page.FindAll("thead th[data-staff]").Select(th => th.GetAttribute("data-staff")));
    }

    [Fact]
    public void An_item_without_a_B_is_flagged_and_marking_someone_its_B_clears_it_before_saving()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<HrSkills>();
        page.WaitForAssertion(() => Assert.Contains("skills-flagged", Row(page, "rental-housing").ClassName, StringComparison.Ordinal));
        Assert.DoesNotContain("skills-flagged", Row(page, "dibao").ClassName ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("缺B角", Row(page, "rental-housing").QuerySelector("[data-test=skills-item-state]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 个事项缺少A角或B角", page.Find("[data-test=skills-flagged-count]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-test=save-skills]").HasAttribute("disabled"));

        page.Find("[data-item=rental-housing] td[data-staff=jiangpu-s020] select").Change("B");

        Assert.DoesNotContain("skills-flagged", Row(page, "rental-housing").ClassName ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("每个事项都有A角和B角", page.Find("[data-test=skills-flagged-count]").TextContent, StringComparison.Ordinal);
        Assert.Contains("jiangpu-s020", page.Find("[data-test=skills-unsaved]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_services.Sent.OfType<SetSkillsRequest>());
    }

    [Fact]
    public void Saving_sends_the_whole_skills_of_each_person_changed_keeping_what_the_grid_does_not_show()
    {
        SignIn("jiangpu-s002", "hr-admin");
        _services.Answer(new StaffMember { StaffId = "jiangpu-s020", Name = "李浩", Roles = { "reviewer" }, ItemsAsB = { "dibao", "rental-housing" } });
        var page = Render<HrSkills>();
        page.WaitForAssertion(() => page.Find("[data-item=rental-housing] td[data-staff=jiangpu-s020] select"));

        page.Find("[data-item=rental-housing] td[data-staff=jiangpu-s020] select").Change("B");
        page.Find("[data-test=save-skills]").Click();

        page.WaitForAssertion(() => Assert.Contains("已保存 1 人", page.Find("[data-test=skills-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_services.Sent.OfType<SetSkillsRequest>());
        Assert.Equal("jiangpu-s020", sent.StaffId);
        Assert.Empty(sent.ItemsAsA);
        Assert.Equal(new[] { "dibao", "rental-housing" }, sent.ItemsAsB);
        Assert.Equal(new[] { "old-item" }, sent.ItemsKnown);
        Assert.True(page.Find("[data-test=save-skills]").HasAttribute("disabled"));
    }

    [Fact]
    public void Taking_an_items_only_A_away_flags_it()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<HrSkills>();
        page.WaitForAssertion(() => page.Find("[data-item=dibao] td[data-staff=jiangpu-s022] select"));

        page.Find("[data-item=dibao] td[data-staff=jiangpu-s022] select").Change("Known");

        Assert.Contains("skills-flagged", Row(page, "dibao").ClassName, StringComparison.Ordinal);
        Assert.Contains("缺A角", Row(page, "dibao").QuerySelector("[data-test=skills-item-state]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_save_says_why_and_keeps_the_change_to_save_again()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<HrSkills>();
        page.WaitForAssertion(() => page.Find("[data-item=rental-housing] td[data-staff=jiangpu-s020] select"));
        page.Find("[data-item=rental-housing] td[data-staff=jiangpu-s020] select").Change("B");
        _services.Refuse(new Google.Rpc.Status { Code = (int)Grpc.Core.StatusCode.InvalidArgument, Message = "bad" });

        page.Find("[data-test=save-skills]").Click();

        page.WaitForAssertion(() => page.Find("[data-test=skills-refusal]"));
        Assert.Contains("jiangpu-s020", page.Find("[data-test=skills-unsaved]").TextContent, StringComparison.Ordinal);
        Assert.False(page.Find("[data-test=save-skills]").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("head", "reviewer")]
    [InlineData("director")]
    public void A_head_or_the_director_reads_the_grid_with_nothing_to_change(params string[] roles)
    {
        SignIn("jiangpu-s019", roles);

        var page = Render<HrSkills>();

        page.WaitForAssertion(() => Assert.Equal("A角", page.Find("[data-item=dibao] td[data-staff=jiangpu-s022]").TextContent.Trim()));
        Assert.Empty(page.FindAll("select"));
        Assert.Empty(page.FindAll("[data-test=save-skills]"));
        Assert.Contains("skills-flagged", Row(page, "rental-housing").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_whose_people_hold_no_item_is_told_so_rather_than_shown_every_item_flagged()
    {
        SignIn("jiangpu-s003", "head", "clerk");
        _services.Answer(new ListStaffReply { Staff = { new StaffMember { StaffId = "jiangpu-s004", Name = "曹军", Roles = { "clerk" } } } });

        var page = Render<HrSkills>();

        page.WaitForAssertion(() => page.Find("[data-test=skills-none-held]"));
        Assert.Single(page.FindAll("[data-test=skills-department-only]"));
        Assert.Empty(page.FindAll("[data-test=skills-item]"));
        Assert.Empty(page.FindAll("[data-test=skills-flagged-count]"));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<HrSkills> page, string item) => page.Find($"[data-test=skills-item][data-item={item}]");

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));
}
