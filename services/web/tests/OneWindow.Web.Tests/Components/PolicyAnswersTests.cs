using System.Security.Claims;
using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>政策问答: a clerk finds and reads answers; only a policy officer writes or revises them.</summary>
public sealed class PolicyAnswersTests : BunitContext
{
    private const string AnswerId = "0193a0b2-0000-7000-8000-00000000a001";
    private readonly AnsweringInvoker _policyLaw = new();

    public PolicyAnswersTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(new Knowledge.KnowledgeClient(_policyLaw));
        Services.AddSingleton(new Catalogue.CatalogueClient(_policyLaw));
        _policyLaw.Answer(new ListItemsReply
        {
            Items =
            {
                new ServiceItem { Code = "dibao", Name = "最低生活保障申请", Category = "社会救助" },
                new ServiceItem { Code = "elderly-allowance", Name = "高龄老人营养补贴", Category = "养老服务" },
            },
        });
        _policyLaw.Answer(new SearchAnswersReply
        {
            Answers = { new PolicyAnswer { AnswerId = AnswerId, ItemCode = "elderly-allowance", Question = "高龄营养补贴每月多少？", Answer = "70-79岁每月75元。", UpdatedBy = "jiangpu-s031", UpdatedAt = "2026-12-01T02:00:00Z" } },
        });
    }

    [Fact]
    public void A_clerk_finds_an_answer_by_the_residents_words_with_its_item_and_sees_no_edit_controls()
    {
        SignIn("jiangpu-s004", "clerk");
        var page = Render<PolicyAnswers>();

        page.Find("#answer-query").Input("高龄 补贴");
        page.Find("form[role=search]").Submit();

        page.WaitForAssertion(() => Assert.Contains("所属事项：高龄老人营养补贴", page.Find("[data-test=answer]").TextContent, StringComparison.Ordinal));
        Assert.Equal("高龄 补贴", Assert.Single(_policyLaw.Sent.OfType<SearchAnswersRequest>()).Q);
        Assert.Empty(page.FindAll("[data-test=edit-answer]"));
        Assert.Empty(page.FindAll("[data-test=new-answer]"));
        Assert.Empty(page.FindAll("[data-test=answer-editor]"));
    }

    [Fact]
    public void An_officer_revises_an_answer_under_its_id_and_item()
    {
        SignIn("jiangpu-s031", "policy-officer");
        var page = Render<PolicyAnswers>();
        page.Find("#answer-query").Input("高龄");
        page.Find("form[role=search]").Submit();

        page.WaitForElement("[data-test=edit-answer]").Click();
        page.Find("#answer-text").Input("70-79岁每月75元，80-89岁每月150元。");
        _policyLaw.Answer(new PolicyAnswer { AnswerId = AnswerId, ItemCode = "elderly-allowance", Question = "高龄营养补贴每月多少？", Answer = "70-79岁每月75元，80-89岁每月150元。", UpdatedBy = "jiangpu-s031", UpdatedAt = "2026-12-06T02:00:00Z" });
        page.Find("[data-test=save-answer]").Click();

        var sent = Assert.Single(_policyLaw.Sent.OfType<SaveAnswerRequest>());
        Assert.Equal((AnswerId, "elderly-allowance", "70-79岁每月75元，80-89岁每月150元。"), (sent.AnswerId, sent.ItemCode, sent.Answer));
        page.WaitForAssertion(() => Assert.Contains("已保存问答：高龄营养补贴每月多少？", page.Find("[data-test=answers-done]").TextContent, StringComparison.Ordinal));
        Assert.Contains("80-89岁每月150元", Assert.Single(page.FindAll("[data-test=answer]")).TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-test=answer-editor]"));
    }

    [Fact]
    public void The_answers_found_come_a_page_at_a_time_for_the_words_searched_and_a_new_search_starts_at_the_first_page()
    {
        SignIn("jiangpu-s004", "clerk");
        _policyLaw.Answer(new SearchAnswersReply
        {
            Answers = { new PolicyAnswer { AnswerId = AnswerId, ItemCode = "elderly-allowance", Question = "高龄营养补贴每月多少？", Answer = "70-79岁每月75元。", UpdatedBy = "jiangpu-s031", UpdatedAt = "2026-12-01T02:00:00Z" } },
            NextPageToken = "answers-2",
            TotalSize = 25,
        });
        var page = Render<PolicyAnswers>();
        page.Find("#answer-query").Input("补贴");
        page.Find("form[role=search]").Submit();
        page.WaitForAssertion(() => Assert.Equal("找到 25 条问答", page.Find("[role=status]").TextContent));

        page.Find("#answer-query").Input("低保");
        page.Find("[data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        page.Find("form[role=search]").Submit();

        page.WaitForAssertion(() => Assert.Equal("第 1 页", page.Find("[data-test=page-number]").TextContent));
        var asked = _policyLaw.Sent.OfType<SearchAnswersRequest>().ToList();
        Assert.Equal([("补贴", ""), ("补贴", "answers-2"), ("低保", "")], asked.Select(r => (r.Q, r.PageToken)));
    }

    [Fact]
    public void A_new_answer_waits_for_its_item_question_and_answer_and_a_refusal_names_the_field_in_chinese()
    {
        SignIn("jiangpu-s031", "policy-officer");
        var page = Render<PolicyAnswers>();

        page.Find("[data-test=new-answer]").Click();
        page.Find("#answer-question").Input("低保可以代办吗？");
        page.Find("#answer-text").Input("可以，代办人需携带本人及申请人身份证。");
        Assert.True(page.Find("[data-test=save-answer]").HasAttribute("disabled"));
        page.Find("#answer-item").Change("dibao");
        _policyLaw.Refuse(new Google.Rpc.Status
        {
            Code = (int)StatusCode.InvalidArgument,
            Message = "question is required.",
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "invalid-question", Domain = "onewindow" }),
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.BadRequest { FieldViolations = { new Google.Rpc.BadRequest.Types.FieldViolation { Field = "question", Description = "required" } } }),
            },
        });
        page.Find("[data-test=save-answer]").Click();

        Assert.Null(Assert.Single(_policyLaw.Sent.OfType<SaveAnswerRequest>()).AnswerId);
        page.WaitForAssertion(() => Assert.Equal("请填写问题（不超过500字）。（请检查：问题）", page.Find("[data-test=answers-refusal]").TextContent));
        Assert.Equal("低保可以代办吗？", page.Find("#answer-question").GetAttribute("value"));
    }

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));
}
