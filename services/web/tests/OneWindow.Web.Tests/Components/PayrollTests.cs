using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Bunit;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.HrPayroll.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Gateway;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>
/// The payroll pages' decisions: each role is offered only its own next step of a run, the director sees before
/// clicking that a run they prepared or reviewed is not theirs to approve, and a month computing in the background shows
/// its progress.
/// </summary>
public sealed class PayrollTests : BunitContext
{
    private const string RunId = "0193a0b2-0000-7000-8000-0000000000aa";

    private readonly AnsweringInvoker _hr = new();
    private readonly HoldingInvoker _holding;
    private readonly BankFileGateway _gateway = new();

    public PayrollTests()
    {
        _holding = new HoldingInvoker(_hr, nameof(Payroll.PayrollClient.PrepareRun));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddBrowserDownloads();
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Payroll.PayrollClient(_holding));
        Services.AddTransient<PageAction>();
        Services.AddSingleton(new GatewayDocuments(new HttpClient(_gateway) { BaseAddress = new Uri("http://gateway.test/") }, new SignedIn()));
        Services.AddSingleton(TimeProvider.System);
    }

    [Theory]
    [InlineData("jiangpu-s001", "jiangpu-s002", "由您编制")]
    [InlineData("jiangpu-s002", "jiangpu-s001", "由您复核")]
    public void A_director_who_prepared_or_reviewed_the_run_is_told_why_it_is_not_theirs_and_offered_no_approval(string preparedBy, string reviewedBy, string words)
    {
        SignIn("jiangpu-s001", "director", "hr-admin");
        _hr.Answer(Run(RunStatus.Reviewed, preparedBy, reviewedBy));

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Contains(words, page.Find("[data-test=payroll-not-yours]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=approve]"));
    }

    [Fact]
    public void A_director_who_had_no_hand_in_the_reviewed_run_is_offered_its_approval()
    {
        SignIn("jiangpu-s001", "director");
        _hr.Answer(Run(RunStatus.Reviewed, "jiangpu-s002", "yangpu-hr"));

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=approve]")));
        Assert.Empty(page.FindAll("[data-test=payroll-not-yours]"));
        Assert.Empty(page.FindAll("[data-test=bank-file]"));
    }

    [Fact]
    public void The_hr_administrator_who_prepared_a_draft_is_told_another_reviews_it_and_offered_no_review()
    {
        SignIn("jiangpu-s002", "hr-admin");
        _hr.Answer(Run(RunStatus.Draft, "jiangpu-s002", null));

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Contains("须由另一位人事管理员", page.Find("[data-test=payroll-review-not-yours]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=review]"));
        Assert.Empty(page.FindAll("[data-test=approve]"));
    }

    [Fact]
    public void An_hr_administrator_is_offered_the_review_of_a_draft_but_never_the_approval()
    {
        SignIn("jiangpu-s099", "hr-admin");
        _hr.Answer(Run(RunStatus.Draft, "jiangpu-s002", null));

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=review]")));
        Assert.Empty(page.FindAll("[data-test=approve]"));
        Assert.Contains("待复核", page.Find("[data-test=payroll-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_director_waits_for_the_review_of_a_draft()
    {
        SignIn("jiangpu-s001", "director");
        _hr.Answer(Run(RunStatus.Draft, "jiangpu-s002", null));

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Contains("复核", page.Find("[data-test=payroll-waiting]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=review]"));
        Assert.Empty(page.FindAll("[data-test=approve]"));
    }

    [Fact]
    public void An_approved_run_offers_its_bank_file_and_the_hr_administrator_records_the_payment()
    {
        SignIn("jiangpu-s002", "hr-admin");
        _hr.Answer(Run(RunStatus.Approved, "jiangpu-s002", "yangpu-hr", "jiangpu-s001"));

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=bank-file]")));
        Assert.Single(page.FindAll("[data-test=mark-paid]"));
        Assert.Equal(4, page.FindAll("[data-test=payroll-step]").Count);
        Assert.Equal(3, page.FindAll("[data-test=payroll-step].payroll-step-done").Count);

        page.Find("[data-test=bank-file]").Click();

        page.WaitForAssertion(() => Assert.Single(JSInterop.Handed()));
        var (name, content) = JSInterop.Handed()[0];
        Assert.Equal("payroll-2026-10.csv", name);
        Assert.Equal(BankFileGateway.Csv, Encoding.UTF8.GetString(content));
        Assert.Equal(($"/api/hr-payroll/v1/payroll-runs/{RunId}/bank-file", "Bearer t"), Assert.Single(_gateway.Asked));
    }

    [Fact]
    public void A_bank_file_hr_payroll_refuses_is_said_in_chinese_and_nothing_is_downloaded()
    {
        SignIn("jiangpu-s001", "director");
        _hr.Answer(Run(RunStatus.Approved, "jiangpu-s002", "yangpu-hr", "jiangpu-s001"));
        _gateway.Refuse = true;
        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=bank-file]")));

        page.Find("[data-test=bank-file]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.Find("[data-test=payroll-refusal]").TextContent));
        Assert.Empty(JSInterop.Invocations["downloadFileFromStream"]);
    }

    [Fact]
    public void The_payslips_export_as_a_workbook_with_every_amount_a_number_in_yuan()
    {
        SignIn("jiangpu-s001", "director");
        _hr.Answer(Run(RunStatus.Reviewed, "jiangpu-s002", "yangpu-hr"));
        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=payslip]")));

        page.Find("[data-test=export-excel]").Click();

        page.WaitForAssertion(() => Assert.Single(JSInterop.Handed()));
        var (name, content) = JSInterop.Handed()[0];
        Assert.StartsWith("工资条（2026-10）-", name, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["工号", "姓名"], sheet.Row(1).Cells(1, 2).Select(c => c.GetString()));
        var net = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "实发金额").Address.ColumnNumber;
        Assert.Equal(3384.85, sheet.Cell(2, net).GetDouble());
        Assert.Equal("#,##0.00", sheet.Cell(2, net).Style.NumberFormat.Format);
        Assert.Equal("曹军", sheet.Cell(2, 2).GetString());
    }

    [Fact]
    public void Every_line_of_every_payslip_of_the_run_is_shown()
    {
        SignIn("jiangpu-s001", "director");
        _hr.Answer(Run(RunStatus.Reviewed, "jiangpu-s002", "yangpu-hr"));

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=payslip]")));
        var row = page.Find("[data-test=payslip]").TextContent;
        Assert.All(["jiangpu-s004", "曹军", "2168.00", "1850.00", "96.5", "4018.00", "253.26", "289.44", "72.36", "18.09", "3384.85"],
            line => Assert.Contains(line, row, StringComparison.Ordinal));
    }

    [Fact]
    public void Preparing_a_month_offers_nothing_else_to_click_until_hr_payroll_answers_then_opens_the_run_computing()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var page = Render<PayrollRuns>();
        page.WaitForAssertion(() => page.Find("[data-test=payroll-runs-empty]"));

        page.Find("#payroll-month").Input("2026-10");
        page.Find("[data-test=prepare]").Click();

        page.WaitForAssertion(() => Assert.True(page.Find("[data-test=prepare]").HasAttribute("disabled")));
        Assert.True(page.Find("#payroll-month").HasAttribute("disabled"));
        _holding.Release(Computing(payslips: 0, headcount: 58));

        page.WaitForAssertion(() => Assert.EndsWith($"/hr/payroll/{RunId}", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal("2026-10", Assert.Single(_hr.Sent.OfType<PrepareRunRequest>()).Month);
    }

    [Fact]
    public void A_run_computing_shows_how_many_of_its_people_are_paid_so_far_and_reads_again_until_it_is_a_draft()
    {
        SignIn("jiangpu-s002", "hr-admin");
        _hr.Answer(Computing(payslips: 20, headcount: 58));

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Contains("已算出 20 / 58 人的工资", page.Find("[data-test=payroll-computing]").TextContent, StringComparison.Ordinal));
        Assert.Equal("20", page.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Empty(page.FindAll("[data-test=payslips]"));
        Assert.Empty(page.FindAll("[data-test=review]"));

        _hr.Answer(Run(RunStatus.Draft, "jiangpu-s001", null));

        page.WaitForAssertion(() => Assert.Equal("已编制，待复核", page.Find("[data-test=payroll-status]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-test=payroll-computing]"));
        Assert.Single(page.FindAll("[data-test=payslip]"));
    }

    [Fact]
    public void A_run_whose_computation_was_refused_says_why_in_chinese_and_sends_hr_to_prepare_the_month_again()
    {
        SignIn("jiangpu-s002", "hr-admin");
        var failed = Computing(payslips: 0, headcount: 58);
        failed.Status = RunStatus.Failed;
        failed.Failure = "negative-net-pay";
        failed.FailureDetail = "jiangpu-s004's net pay would be -20.00: check the deductions.";
        _hr.Answer(failed);

        var page = Render<PayrollRunDetail>(parameters => parameters.Add(p => p.RunId, RunId));

        page.WaitForAssertion(() => Assert.Contains("实发金额为负数", page.Find("[data-test=payroll-failed]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("deductions", page.Markup, StringComparison.Ordinal);
        Assert.Contains("/hr/payroll", page.Find("[data-test=payroll-prepare-again] a").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-test=payslips]"));
    }

    [Fact]
    public void The_runs_come_a_page_at_a_time_counted_in_all_and_the_next_page_is_asked_by_its_token()
    {
        SignIn("jiangpu-s002", "hr-admin");
        _hr.Answer(new ListRunsReply { Runs = { Run(RunStatus.Paid, "jiangpu-s002", "jiangpu-s005") }, NextPageToken = "runs-2", TotalSize = 25 });
        var page = Render<PayrollRuns>();
        page.WaitForAssertion(() => Assert.Contains("共 25 次", page.Find("[data-test=payroll-runs] caption").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("[data-test=page-previous]").HasAttribute("disabled"));

        page.Find("[data-test=page-next]").Click();

        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        var asked = _hr.Sent.OfType<ListRunsRequest>().ToList();
        Assert.Equal(["", "runs-2"], asked.Select(r => r.PageToken));
        Assert.All(asked, r => Assert.Equal(20, r.PageSize));
        page.Find("[data-test=page-previous]").Click();
        page.WaitForAssertion(() => Assert.Equal(string.Empty, _hr.Sent.OfType<ListRunsRequest>().Last().PageToken));
    }

    [Fact]
    public void A_district_hr_administrator_is_asked_which_centre_before_anything_is_read()
    {
        AddAuthorization().SetAuthorized("yangpu-hr").SetRoles("hr-admin").SetClaims(new Claim("sub", "yangpu-hr"), new Claim("district", "yangpu"));

        var page = Render<PayrollRuns>();

        page.WaitForAssertion(() => page.Find("[data-test=payroll-centre] input[name=centre]"));
        Assert.Empty(_hr.Sent);
    }

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));

    private static PayrollRun Computing(int payslips, int headcount) => new()
    {
        RunId = RunId,
        Month = "2026-10",
        Kind = "regular",
        Status = RunStatus.Computing,
        ScaleVersion = 1,
        PayslipCount = payslips,
        Headcount = headcount,
        GrossTotal = "0.00",
        NetTotal = "0.00",
        PreparedBy = "jiangpu-s002",
    };

    private static PayrollRun Run(RunStatus status, string preparedBy, string? reviewedBy, string? approvedBy = null)
    {
        var run = new PayrollRun
        {
            RunId = RunId,
            Month = "2026-10",
            Kind = "regular",
            Status = status,
            ScaleVersion = 1,
            PayslipCount = 1,
            GrossTotal = "4018.00",
            NetTotal = "3384.85",
            PreparedBy = preparedBy,
            ReviewedBy = reviewedBy,
            ApprovedBy = approvedBy,
        };
        run.Payslips.Add(new Payslip
        {
            StaffId = "jiangpu-s004",
            Name = "曹军",
            GradePay = "2168.00",
            PostAllowance = "1850.00",
            TitleAllowance = "0.00",
            PerformancePay = "0.00",
            AwardPay = "0.00",
            Deductions = "0.00",
            Gross = "4018.00",
            ContributionBase = "4018.00",
            HousingFund = "253.26",
            Pension = "289.44",
            Medical = "72.36",
            Unemployment = "18.09",
            Net = "3384.85",
            Score = "96.5",
        });
        return run;
    }

    private sealed class SignedIn : IGatewayCredentials
    {
        public Task<string?> AccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("t");
    }

    /// <summary>hr-payroll's bank file through the gateway: answers with the CSV and its name, or refuses as told.</summary>
    private sealed class BankFileGateway : HttpMessageHandler
    {
        public const string Csv = "序号,工号,姓名,银行账号,实发金额\r\n1,jiangpu-s004,曹军,6222000000001234,3384.85\r\n";

        public bool Refuse { get; set; }

        public List<(string Path, string? Authorization)> Asked { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked.Add((request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString()));
            if (Refuse)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Forbidden));
            }

            var answer = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv)) };
            answer.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "payroll-2026-10.csv" };
            return Task.FromResult(answer);
        }
    }
}
