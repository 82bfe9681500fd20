using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>
/// 绩效考核: each score with its work data, the award offered to the director alone (HR told so before clicking), and the
/// head's adjustment offered on colleagues' evaluations, never on their own.
/// </summary>
public sealed class HrEvaluationsTests : BunitContext
{
    private readonly AnsweringInvoker _services = new();

    public HrEvaluationsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Performance.PerformanceClient(_services));
        Services.AddSingleton(new OneWindow.HrPayroll.V1.Staff.StaffClient(_services));
        Services.AddTransient<PageAction>();
        // Monday 7 December 2026 in Shanghai: the page opens on November.
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
        _services.Answer(new ListStaffReply
        {
            Staff =
            {
                new StaffMember { StaffId = "jiangpu-s003", Name = "赵怡梓", Department = Department.FrontWindows, Roles = { "head", "clerk" } },
                new StaffMember { StaffId = "jiangpu-s004", Name = "曹军", Department = Department.FrontWindows, Roles = { "clerk" } },
            },
        });
        _services.Answer(new ListEvaluationsReply
        {
            Evaluations =
            {
                Evaluation("jiangpu-s003", Award.None),
                Evaluation("jiangpu-s004", Award.ServiceStar),
            },
        });
    }

    [Fact]
    public void Each_score_shows_the_work_data_it_comes_from()
    {
        SignIn("jiangpu-s002", "hr-admin");

        var page = Render<HrEvaluations>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=evaluation]").Count));
        var lines = page.Find("[data-test=evaluation][data-staff=jiangpu-s004] [data-test=score-lines]").TextContent;
        Assert.Contains("办理叫号：320，+12.0 分", lines, StringComparison.Ordinal);
        Assert.Contains("满意度：150 次评价，平均 4.62 分，+3.1 分", lines, StringComparison.Ordinal);
        Assert.Contains("投诉：1，-2.0 分", lines, StringComparison.Ordinal);
        Assert.Equal("2026-11", Assert.Single(_services.Sent.OfType<ListEvaluationsRequest>()).Month);
    }

    [Fact]
    public void The_director_is_offered_to_confirm_the_proposed_service_star()
    {
        SignIn("jiangpu-s001", "director");
        var page = Render<HrEvaluations>();
        page.WaitForAssertion(() => page.Find("[data-test=award][data-staff=jiangpu-s004] [data-test=confirm-award]"));
        Assert.Contains("确认服务明星", page.Find("[data-test=confirm-award]").TextContent, StringComparison.Ordinal);

        page.Find("[data-test=confirm-award]").Click();

        page.WaitForAssertion(() => Assert.Contains("已确认 曹军（jiangpu-s004） 为 2026-11 服务明星", page.Find("[data-test=evaluations-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_services.Sent.OfType<ConfirmAwardRequest>());
        Assert.Equal(("2026-11", "jiangpu-s004"), (sent.Month, sent.StaffId));
    }

    [Fact]
    public void The_hr_administrator_is_told_the_director_confirms_and_offered_no_confirmation()
    {
        SignIn("jiangpu-s002", "hr-admin");

        var page = Render<HrEvaluations>();

        page.WaitForAssertion(() => Assert.Contains("由中心主任确认", page.Find("[data-test=award][data-staff=jiangpu-s004] [data-test=award-waits]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=confirm-award]"));
        Assert.Contains("待主任确认", page.Find("[data-test=award-status]").TextContent, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-test=evaluation-head-only]"));
        Assert.Empty(page.FindAll("[data-test=adjust]"));
    }

    [Fact]
    public void A_confirmed_award_is_offered_to_nobody()
    {
        SignIn("jiangpu-s001", "director");
        var confirmed = Evaluation("jiangpu-s004", Award.ServiceStar);
        confirmed.AwardConfirmed = true;
        _services.Answer(new ListEvaluationsReply { Evaluations = { confirmed } });

        var page = Render<HrEvaluations>();

        page.WaitForAssertion(() => Assert.Contains("主任已确认", page.Find("[data-test=award-status]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=confirm-award]"));
        Assert.Empty(page.FindAll("[data-test=award-waits]"));
    }

    [Fact]
    public void The_head_adjusts_a_colleague_with_a_reason_and_is_told_their_own_is_not_theirs()
    {
        SignIn("jiangpu-s003", "head", "clerk");
        var page = Render<HrEvaluations>();
        page.WaitForAssertion(() => Assert.Contains("本人", page.Find("[data-test=evaluation][data-staff=jiangpu-s003] [data-test=not-yours-to-adjust]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=evaluation][data-staff=jiangpu-s003] [data-test=adjust]"));
        Assert.Empty(page.FindAll("[data-test=confirm-award]"));

        page.Find("[data-test=evaluation][data-staff=jiangpu-s004] [data-test=adjust]").Click();
        Assert.True(page.Find("[data-test=save-adjustment]").HasAttribute("disabled"));
        page.Find("#adjust-points").Change("-2.5");
        page.Find("#adjust-reason").Change("本月两次迟到开窗");
        page.Find("[data-test=save-adjustment]").Click();

        page.WaitForAssertion(() => Assert.Contains("已为 曹军（jiangpu-s004） 加减分 -2.5", page.Find("[data-test=evaluations-done]").TextContent, StringComparison.Ordinal));
        var sent = Assert.Single(_services.Sent.OfType<AdjustEvaluationRequest>());
        Assert.Equal(("jiangpu-s004", "-2.5", "本月两次迟到开窗"), (sent.StaffId, sent.Points, sent.Reason));
        Assert.Empty(page.FindAll("[data-test=adjust-form]"));
    }

    [Fact]
    public void The_head_records_a_deduction_naming_the_violation()
    {
        SignIn("jiangpu-s003", "head", "clerk");
        var page = Render<HrEvaluations>();
        page.WaitForAssertion(() => page.Find("[data-test=evaluation][data-staff=jiangpu-s004] [data-test=adjust]"));

        page.Find("[data-test=evaluation][data-staff=jiangpu-s004] [data-test=adjust]").Click();
        page.Find("#deduct-amount").Change("50.00");
        page.Find("#deduct-reason").Change("收费差错");
        page.Find("[data-test=save-deduction]").Click();

        page.WaitForAssertion(() => Assert.Single(_services.Sent.OfType<RecordDeductionRequest>()));
        Assert.Equal(("50.00", "收费差错"), (_services.Sent.OfType<RecordDeductionRequest>().Single().Amount, _services.Sent.OfType<RecordDeductionRequest>().Single().Reason));
    }

    [Fact]
    public void The_hr_administrator_evaluates_the_month_chosen()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<HrEvaluations>();
        page.WaitForAssertion(() => page.Find("[data-test=evaluate]"));

        page.Find("#evaluation-month").Change("2026-10");
        page.Find("[data-test=evaluate]").Click();

        page.WaitForAssertion(() => Assert.Contains("已按工作数据考核 2026-10", page.Find("[data-test=evaluations-done]").TextContent, StringComparison.Ordinal));
        Assert.Equal("2026-10", Assert.Single(_services.Sent.OfType<EvaluateMonthRequest>()).Month);
    }

    private static Evaluation Evaluation(string staffId, Award award) => new()
    {
        StaffId = staffId,
        Month = "2026-11",
        Department = Department.FrontWindows,
        Lines =
        {
            new ScoreLine { Metric = "tickets-served", Count = 320, Value = "320", Points = "12.0" },
            new ScoreLine { Metric = "satisfaction", Count = 150, Value = "0.62", Points = "3.1" },
            new ScoreLine { Metric = "complaints", Count = 1, Value = "1", Points = "-2.0" },
        },
        DataScore = "93.1",
        Adjustment = "0.0",
        FinalScore = "93.1",
        Award = award,
        Deduction = "0.00",
    };

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));
}
