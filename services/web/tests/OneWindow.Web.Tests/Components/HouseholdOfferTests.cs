using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>本户还可办理: serving one member, the desk offers what every member of the household may do, by member, with reasons.</summary>
public sealed class HouseholdOfferTests : BunitContext
{
    private const string SonId = "7f3c2a10-5b1e-4c8d-9a20-000000000321";
    private const string GrandmotherId = "7f3c2a10-5b1e-4c8d-9a20-000000000322";
    private const string GrandsonId = "7f3c2a10-5b1e-4c8d-9a20-000000000323";

    private readonly AnsweringInvoker _intake = new();

    public HouseholdOfferTests()
    {
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Acceptance.AcceptanceClient(_intake));
        Services.AddTransient<PageAction>();
    }

    [Fact]
    public void Serving_the_grandson_offers_his_grandmothers_allowance_under_her_masked_name_with_its_reason_and_amount()
    {
        var reply = new DueItemsReply { EligibilityChecked = true };
        reply.Items.Add(Due("elderly-allowance", "高龄老人营养补贴", GrandmotherId, "150.00", ("年龄 82 岁，不低于 70 岁：符合", true), ("本区户籍：是，须为是：符合", true)));
        reply.Items.Add(Due("disability-subsidy", "困难残疾人生活补贴", SonId, "300.00", ("残疾等级 2 级，不低于 1 级：符合", true)));
        reply.Items.Add(new DueItem { ItemCode = "heating-subsidy", Name = "困难家庭冬季取暖补贴", Source = "periodic", DueOn = "2026-12-20", Reason = "上次办理已满12个月" });
        _intake.Answer(reply);

        var offer = Render<HouseholdOffer>(parameters => parameters
            .Add(p => p.Household, ThreeGenerations())
            .Add(p => p.Resident, ThreeGenerations().Members.Single(m => m.ResidentId == GrandsonId)));

        offer.WaitForAssertion(() => Assert.Equal(3, offer.FindAll("[data-test=offer-member]").Count));
        Assert.Equal("本户还可办理", offer.Find("#offer-heading").TextContent);
        var titles = offer.FindAll("[data-test=offer-member] h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["全户", "周*国（户主，56岁）", "周*英（父母，82岁）"], titles);
        var grandmother = offer.Find($"[data-test=offer-member][data-resident='{GrandmotherId}']");
        Assert.Contains("高龄老人营养补贴", grandmother.TextContent, StringComparison.Ordinal);
        Assert.Contains("按本人情况每月 150.00 元", grandmother.TextContent, StringComparison.Ordinal);
        Assert.Equal(["年龄 82 岁，不低于 70 岁：符合", "本区户籍：是，须为是：符合"], grandmother.QuerySelectorAll("[data-test=eligibility-clause]").Select(c => c.TextContent));
        Assert.Contains("年审到期：2026-12-20", offer.Find("[data-test=offer-member][data-resident='']").TextContent, StringComparison.Ordinal);
        var asked = Assert.Single(_intake.Sent.OfType<ListDueItemsRequest>());
        Assert.True(asked.IncludeEligible);
        Assert.Equal(GrandsonId, asked.ResidentId);
        Assert.Equal("household-3g", asked.HouseholdId);
    }

    [Fact]
    public void When_policy_law_did_not_answer_the_offer_says_it_lists_only_the_reviews_due()
    {
        _intake.Answer(new DueItemsReply { EligibilityChecked = false });

        var offer = Render<HouseholdOffer>(parameters => parameters.Add(p => p.Household, ThreeGenerations()));

        offer.WaitForAssertion(() => Assert.Contains("资格核验暂不可用", offer.Find("[data-test=offer-unchecked]").TextContent, StringComparison.Ordinal));
        Assert.Equal("本户暂无其他可办理的事项。", offer.Find("[data-test=offer-none]").TextContent);
    }

    [Fact]
    public void A_refused_question_is_a_notice_in_the_offer_in_chinese()
    {
        _intake.Refuse(new Google.Rpc.Status { Code = (int)StatusCode.PermissionDenied, Message = "refused" });

        var offer = Render<HouseholdOffer>(parameters => parameters.Add(p => p.Household, ThreeGenerations()));

        offer.WaitForAssertion(() => Assert.StartsWith("无法查询本户可办理的事项", offer.Find("[data-test=offer-refusal]").TextContent, StringComparison.Ordinal));
        Assert.Empty(offer.FindAll("[data-test=offer-member]"));
    }

    private static DueItem Due(string code, string name, string residentId, string amount, params (string Text, bool Held)[] clauses)
    {
        var due = new DueItem { ItemCode = code, Name = name, Source = "eligible", DueOn = "2026-12-07", ResidentId = residentId, MonthlyAmount = amount };
        due.Clauses.AddRange(clauses.Select(c => new EligibilityClause { Text = c.Text, Held = c.Held }));
        return due;
    }

    private static Household ThreeGenerations() => new()
    {
        HouseholdId = "household-3g",
        Members =
        {
            new Resident { ResidentId = SonId, Name = "周*国", Relation = Relation.Head, Age = 56 },
            new Resident { ResidentId = GrandsonId, Name = "周子涵", Relation = Relation.Child, Age = 26, Unmasked = true },
            new Resident { ResidentId = GrandmotherId, Name = "周*英", Relation = Relation.Parent, Age = 82 },
        },
    };
}
