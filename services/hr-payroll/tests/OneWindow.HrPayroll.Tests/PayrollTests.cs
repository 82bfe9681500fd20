using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Audit;
using OneWindow.Common.Identity;
using OneWindow.HrPayroll.Application.Payroll;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Tests;

/// <summary>Payroll runs on centres of their own, so the expected payslips are a hand-computed table.</summary>
public sealed class PayrollTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    private static int _sequence;

    [Fact]
    public async Task A_month_is_prepared_reviewed_and_approved_with_hand_computed_payslips_and_a_bank_file()
    {
        const string centre = "paytest";
        var admin = hr.ClientFor("paytest-hr", ["hr-admin"], centre);
        await HireAsync(centre, "paytest-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 5);
        await HireAsync(centre, "paytest-b", "DEPARTMENT_GRID", ["grid-manager"], tier: 3, grade: 1, grid: "G1");
        await HireAsync(centre, "paytest-c", "DEPARTMENT_SOCIAL_WORK", ["social-worker"], tier: 2, grade: 10, title: "PROFESSIONAL_TITLE_SOCIAL_WORKER");

        var run = await admin.PreparedRunAsync("2026-03");

        var payslips = run.GetProperty("payslips").EnumerateArray().ToDictionary(p => p.GetProperty("staffId").GetString()!);
        Assert.Equal(3, run.GetProperty("payslipCount").GetInt32());
        // staff: gross, housing fund, pension, medical, unemployment, net. March 2026 is under the rules of 2025-07 to
        // 2026-06: every base here (a: 2,168 + 1,450; b: 1,848 + 532; c: 3,088 + 1,200) is below the floor of 7,384, so
        // each pays 7 % = 516.88, 8 % = 590.72, 2 % = 147.68 and 0.5 % = 36.92 of 7,384, 1,292.20 in all. No income tax:
        // hired in 2024, their cumulative threshold is 3 × 5,000 = 15,000, above March's income.
        Expect(payslips["paytest-a"], "4018.00", "516.88", "590.72", "147.68", "36.92", "2725.80");
        Expect(payslips["paytest-b"], "2580.00", "516.88", "590.72", "147.68", "36.92", "1287.80");
        Expect(payslips["paytest-c"], "4808.00", "516.88", "590.72", "147.68", "36.92", "3515.80");
        Assert.Equal("11406.00", run.GetProperty("grossTotal").GetString());
        Assert.Equal("7529.40", run.GetProperty("netTotal").GetString());
        var runId = run.GetProperty("runId").GetString()!;

        await hr.ClientFor("paytest-hr2", ["hr-admin"], centre).PostAsJsonAsync($"/v1/payroll-runs/{runId}:review", new { }).OkAsync();
        var approved = await hr.ClientFor("paytest-director", ["director"], centre).PostAsJsonAsync($"/v1/payroll-runs/{runId}:approve", new { }).OkAsync();

        Assert.Equal("RUN_STATUS_APPROVED", approved.GetProperty("status").GetString());
        var bank = await admin.GetAsync($"/v1/payroll-runs/{runId}/bank-file");
        Assert.Equal("text/csv", bank.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await bank.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("序号,工号,姓名,银行账号,实发金额", csv[0]);
        Assert.Equal(5, csv.Length);
        Assert.StartsWith("1,paytest-a,测试员工,6222", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",2725.80", csv[1], StringComparison.Ordinal);
        Assert.Equal("合计,3笔,,,7529.40", csv[4]);
        var page = await (await admin.GetAsync($"/v1/payroll-runs/{runId}/payslips/paytest-c/print")).Content.ReadAsStringAsync();
        Assert.Contains("2026-03 工资条", page, StringComparison.Ordinal);
        Assert.Contains("实发金额", page, StringComparison.Ordinal);
        Assert.Contains("3515.80", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whoever_prepared_a_run_cannot_approve_it_and_the_refusal_is_audited()
    {
        const string centre = "paysod";
        await HireAsync(centre, "paysod-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 2);
        var both = hr.ClientFor("paysod-boss", ["hr-admin", "director"], centre);
        var run = await both.PreparedRunAsync("2026-04");
        var runId = run.GetProperty("runId").GetString()!;
        await hr.ClientFor("paysod-hr", ["hr-admin"], centre).PostAsJsonAsync($"/v1/payroll-runs/{runId}:review", new { }).OkAsync();

        var response = await both.PostAsJsonAsync($"/v1/payroll-runs/{runId}:approve", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("separation-of-duties", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await hr.QueryAsync(centre, db => db.Set<AuditRecord>().AnyAsync(a => a.SubjectId == runId && a.Outcome == AuditOutcome.Denied && a.Reason == "separation-of-duties")));
        Assert.Equal("RUN_STATUS_REVIEWED", (await both.GetAsync($"/v1/payroll-runs/{runId}").OkAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Whoever_prepared_a_run_cannot_review_it_and_the_refusal_is_audited()
    {
        const string centre = "payrev";
        await HireAsync(centre, "payrev-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 2);
        var admin = hr.ClientFor("payrev-hr", ["hr-admin"], centre);
        var runId = (await admin.PreparedRunAsync("2026-04")).GetProperty("runId").GetString()!;

        var response = await admin.PostAsJsonAsync($"/v1/payroll-runs/{runId}:review", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("separation-of-duties", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await hr.QueryAsync(centre, db => db.Set<AuditRecord>().AnyAsync(a => a.SubjectId == runId && a.Action == "review-payroll" && a.Outcome == AuditOutcome.Denied)));
        Assert.Equal("RUN_STATUS_DRAFT", (await admin.GetAsync($"/v1/payroll-runs/{runId}").OkAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_approved_month_is_never_prepared_again_and_is_corrected_by_an_adjustment_run()
    {
        const string centre = "payonce";
        await HireAsync(centre, "payonce-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 3);
        var admin = hr.ClientFor("payonce-hr", ["hr-admin"], centre);
        var runId = await ApprovedRunAsync(centre, admin, "2026-05");
        var before = await admin.GetAsync($"/v1/payroll-runs/{runId}").OkAsync();

        var again = await admin.PostAsJsonAsync("/v1/payroll-runs", new { month = "2026-05" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("month-already-approved", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.ToString(), (await admin.GetAsync($"/v1/payroll-runs/{runId}").OkAsync()).ToString());
        var adjustment = await admin.PostAsJsonAsync("/v1/payroll-runs:adjust", new { month = "2026-05", staffId = "payonce-a", amount = "-120.50", reason = "多发交通补贴追回" }).OkAsync();
        Assert.Equal("adjustment", adjustment.GetProperty("kind").GetString());
        Assert.Equal("-120.50", adjustment.GetProperty("netTotal").GetString());
    }

    [Fact]
    public async Task The_database_refuses_to_change_an_approved_run_or_its_payslips_even_to_the_service_itself()
    {
        const string centre = "paylock";
        await HireAsync(centre, "paylock-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 3);
        var runId = await ApprovedRunAsync(centre, hr.ClientFor("paylock-hr", ["hr-admin"], centre), "2026-09");
        await using var connection = await hr.OpenAppConnectionAsync(centre);

        foreach (var sql in new[]
        {
            $"UPDATE payroll_runs SET net_total = net_total + 1 WHERE id = '{runId}'",
            $"DELETE FROM payroll_runs WHERE id = '{runId}'",
            $"DELETE FROM payslips WHERE run_id = '{runId}'",
            $"UPDATE payslips SET net = net + 1 WHERE run_id = '{runId}'",
        })
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            await Assert.ThrowsAsync<Npgsql.PostgresException>(() => command.ExecuteNonQueryAsync());
        }

        Assert.Equal(1, await hr.QueryAsync(centre, db => db.Payslips.CountAsync(p => p.RunId == Guid.Parse(runId))));
    }

    [Fact]
    public async Task A_run_that_would_pay_someone_a_negative_net_fails_with_that_reason_keeps_no_payslip_and_may_be_prepared_again()
    {
        const string centre = "payneg";
        await HireAsync(centre, "payneg-h", "DEPARTMENT_FRONT_WINDOWS", ["head", "clerk"], tier: 2, grade: 3);
        await HireAsync(centre, "payneg-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 1);
        var admin = hr.ClientFor("payneg-hr", ["hr-admin"], centre);
        await admin.PostAsJsonAsync("/v1/evaluations/2026-01:evaluate", new { }).OkAsync();
        await hr.ClientFor("payneg-h", ["head", "clerk"], centre).PostAsJsonAsync("/v1/evaluations/2026-01/payneg-a:deduct", new { amount = "5000.00", reason = "重大责任事故赔偿" }).OkAsync();

        var run = await admin.PreparedRunAsync("2026-01");

        Assert.Equal("RUN_STATUS_FAILED", run.GetProperty("status").GetString());
        Assert.Equal("negative-net-pay", run.GetProperty("failure").GetString());
        Assert.Contains("payneg-a", run.GetProperty("failureDetail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await hr.QueryAsync(centre, db => db.Payslips.CountAsync()));
        var review = await hr.ClientFor("payneg-hr2", ["hr-admin"], centre).PostAsJsonAsync($"/v1/payroll-runs/{run.GetProperty("runId").GetString()}:review", new { });
        Assert.Equal(HttpStatusCode.Conflict, review.StatusCode);
        Assert.Equal("RUN_STATUS_FAILED", (await admin.PreparedRunAsync("2026-01")).GetProperty("status").GetString());
        Assert.Equal(1, await hr.QueryAsync(centre, db => db.PayrollRuns.CountAsync()));
    }

    [Fact]
    public async Task A_month_answers_at_once_with_the_people_it_will_pay_and_is_not_prepared_again_while_another_replica_computes_it()
    {
        const string centre = "paybusy";
        await HireAsync(centre, "paybusy-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 3);
        await HireAsync(centre, "paybusy-b", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 4);
        var admin = hr.ClientFor("paybusy-hr", ["hr-admin"], centre);
        var prepared = await admin.PostAsJsonAsync("/v1/payroll-runs", new { month = "2026-02" }).OkAsync();
        Assert.Equal(2, prepared.GetProperty("headcount").GetInt32());
        Assert.Equal(2, (await admin.ComputedRunAsync(prepared.GetProperty("runId").GetString()!)).GetProperty("payslipCount").GetInt32());
        var held = await ComputingRunAsync(centre, "2026-03", leaseUntil: DateTimeOffset.UtcNow.AddMinutes(2));

        var again = await admin.PostAsJsonAsync("/v1/payroll-runs", new { month = "2026-03" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("run-computing", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await hr.Services.GetRequiredService<PayrollComputation>().RunAsync(CancellationToken.None);
        Assert.Equal("RUN_STATUS_COMPUTING", (await admin.GetAsync($"/v1/payroll-runs/{held}").OkAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_run_a_stopped_replica_left_half_computed_is_computed_again_from_nothing_once_its_lease_lapses()
    {
        const string centre = "paylapse";
        await HireAsync(centre, "paylapse-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 5);
        await HireAsync(centre, "paylapse-b", "DEPARTMENT_GRID", ["grid-manager"], tier: 3, grade: 1, grid: "G1");
        var runId = await ComputingRunAsync(centre, "2026-03", leaseUntil: DateTimeOffset.UtcNow.AddSeconds(-1), halfDone: "paylapse-a");

        await hr.Services.GetRequiredService<PayrollComputation>().RunAsync(CancellationToken.None);

        var run = await hr.ClientFor("paylapse-hr", ["hr-admin"], centre).ComputedRunAsync(runId);
        Assert.Equal("RUN_STATUS_DRAFT", run.GetProperty("status").GetString());
        Assert.Equal(["paylapse-a", "paylapse-b"], run.GetProperty("payslips").EnumerateArray().Select(p => p.GetProperty("staffId").GetString()));
        Expect(run.GetProperty("payslips")[0], "4018.00", "516.88", "590.72", "147.68", "36.92", "2725.80");
        Assert.Equal("4013.60", run.GetProperty("netTotal").GetString());
    }

    [Fact]
    public async Task A_draft_is_replaced_when_the_month_is_prepared_again()
    {
        const string centre = "paydraft";
        await HireAsync(centre, "paydraft-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 3);
        var admin = hr.ClientFor("paydraft-hr", ["hr-admin"], centre);
        var first = await admin.PreparedRunAsync("2026-06");
        await HireAsync(centre, "paydraft-b", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 4);

        var second = await admin.PreparedRunAsync("2026-06");

        Assert.Equal(2, second.GetProperty("payslipCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/v1/payroll-runs/{first.GetProperty("runId").GetString()}")).StatusCode);
    }

    [Fact]
    public async Task Paying_a_run_issues_a_payslip_event_per_worker()
    {
        const string centre = "paypaid";
        await HireAsync(centre, "paypaid-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 3);
        var admin = hr.ClientFor("paypaid-hr", ["hr-admin"], centre);
        var runId = await ApprovedRunAsync(centre, admin, "2026-07");

        var paid = await admin.PostAsJsonAsync($"/v1/payroll-runs/{runId}:mark-paid", new { }).OkAsync();

        Assert.Equal("RUN_STATUS_PAID", paid.GetProperty("status").GetString());
        Assert.Contains(await hr.OutboxAsync(centre), e => e.Topic == "payslip-issued" && e.CloudEvent.Contains("paypaid-a", StringComparison.Ordinal) && e.CloudEvent.Contains("2026-07", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worker_reads_their_own_paid_payslips_only_and_nobody_elses()
    {
        const string centre = "payown";
        await HireAsync(centre, "payown-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 5);
        await HireAsync(centre, "payown-b", "DEPARTMENT_GRID", ["grid-manager"], tier: 3, grade: 1, grid: "G1");
        var admin = hr.ClientFor("payown-hr", ["hr-admin"], centre);
        var paidRun = await ApprovedRunAsync(centre, admin, "2026-03");
        await admin.PostAsJsonAsync($"/v1/payroll-runs/{paidRun}:mark-paid", new { }).OkAsync();
        await ApprovedRunAsync(centre, admin, "2026-04");
        var worker = hr.ClientFor("payown-a", ["clerk"], centre);

        var mine = (await worker.GetAsync("/v1/my-payslips").OkAsync()).GetProperty("payslips").EnumerateArray().ToList();

        // The approved but not yet paid April is not issued; March is, with every line as the run computed it.
        var march = Assert.Single(mine);
        Assert.Equal((paidRun, "2026-03", "regular"), (march.GetProperty("runId").GetString(), march.GetProperty("month").GetString(), march.GetProperty("kind").GetString()));
        Expect(march.GetProperty("payslip"), "4018.00", "516.88", "590.72", "147.68", "36.92", "2725.80");
        Assert.Equal("payown-a", march.GetProperty("payslip").GetProperty("staffId").GetString());
        var colleague = (await hr.ClientFor("payown-b", ["grid-manager"], centre).GetAsync("/v1/my-payslips").OkAsync()).GetProperty("payslips");
        Assert.Equal("payown-b", Assert.Single(colleague.EnumerateArray()).GetProperty("payslip").GetProperty("staffId").GetString());
        Assert.Empty((await hr.ClientFor("payown-a", ["clerk"], "dinghai").GetAsync("/v1/my-payslips").OkAsync()).GetProperty("payslips").EnumerateArray());
    }

    [Theory]
    [InlineData("2026-13", HttpStatusCode.BadRequest)]
    [InlineData("March", HttpStatusCode.BadRequest)]
    [InlineData("2099-01", HttpStatusCode.BadRequest)]
    public async Task A_bad_month_is_a_400_naming_month(string month, HttpStatusCode expected)
    {
        var response = await hr.HrAdminOf("dinghai").PostAsJsonAsync("/v1/payroll-runs", new { month });

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("month", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_hr_admin_prepares_and_only_a_director_approves()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.DirectorOf("dinghai").PostAsJsonAsync("/v1/payroll-runs", new { month = "2026-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.HrAdminOf("dinghai").PostAsJsonAsync($"/v1/payroll-runs/{Guid.NewGuid()}:approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.StaffOf("dinghai", "dinghai-s004", "clerk").GetAsync("/v1/payroll-runs")).StatusCode);
    }

    [Fact]
    public async Task Another_centre_does_not_find_a_run_or_its_bank_file()
    {
        const string centre = "payother";
        await HireAsync(centre, "payother-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 3);
        var runId = await ApprovedRunAsync(centre, hr.ClientFor("payother-hr", ["hr-admin"], centre), "2026-08");

        Assert.Equal(HttpStatusCode.NotFound, (await hr.DirectorOf("dinghai").GetAsync($"/v1/payroll-runs/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.DirectorOf("dinghai").GetAsync($"/v1/payroll-runs/{runId}/bank-file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.DirectorOf("dinghai").PostAsJsonAsync($"/v1/payroll-runs/{runId}:approve", new { })).StatusCode);
    }

    [Fact]
    public async Task The_demo_centre_runs_a_month_on_the_demo_scale()
    {
        var run = await hr.HrAdminOf("pingliang").PreparedRunAsync("2026-02");

        Assert.True(run.GetProperty("payslipCount").GetInt32() >= 30);
        Assert.All(run.GetProperty("payslips").EnumerateArray(), p => Assert.InRange(decimal.Parse(p.GetProperty("gradePay").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 1_848m, 4_248m));
    }

    /// <summary>A run as a replica left it while computing: its lease held until the time given, perhaps a payslip in.</summary>
    private async Task<string> ComputingRunAsync(string centre, string month, DateTimeOffset leaseUntil, string? halfDone = null) =>
        await hr.QueryAsync(centre, async db =>
        {
            var run = PayrollRun.PrepareRegular(month, 1, $"{centre}-hr", headcount: 2, DateTimeOffset.UtcNow);
            db.PayrollRuns.Add(run);
            db.Entry(run).Property(HrPayrollDbContext.RunComputeLease).CurrentValue = leaseUntil;
            if (halfDone is not null)
            {
                var payslip = Payslip.For(run.Id, halfDone, "测试员工", month, new PayLines { Gross = 1m, Net = 1m });
                run.Add(payslip);
                db.Payslips.Add(payslip);
            }

            await db.SaveChangesAsync();
            return run.Id.ToString();
        });

    [Fact]
    public async Task The_runs_come_a_page_at_a_time_latest_month_first_with_their_whole_count()
    {
        const string centre = "paypages";
        await HireAsync(centre, "paypages-a", "DEPARTMENT_FRONT_WINDOWS", ["clerk"], tier: 3, grade: 3);
        var admin = hr.ClientFor("paypages-hr", ["hr-admin"], centre);
        var written = new List<string>();
        foreach (var month in new[] { "2026-01", "2026-02", "2026-03" })
        {
            written.Add((await admin.PostAsJsonAsync("/v1/payroll-runs", new { month }).OkAsync()).Str("runId"));
        }

        written.Add(await ApprovedRunAsync(centre, admin, "2026-04"));
        written.Add((await admin.PostAsJsonAsync("/v1/payroll-runs:adjust", new { month = "2026-04", staffId = "paypages-a", amount = "35.00", reason = "补发加班费" }).OkAsync()).Str("runId"));

        var first = await admin.GetAsync("/v1/payroll-runs?pageSize=2").OkAsync();
        var second = await admin.GetAsync($"/v1/payroll-runs?pageSize=2&pageToken={first.Str("nextPageToken")}").OkAsync();
        var third = await admin.GetAsync($"/v1/payroll-runs?pageSize=2&pageToken={second.Str("nextPageToken")}").OkAsync();
        var april = await admin.GetAsync("/v1/payroll-runs?month=2026-04&pageSize=1").OkAsync();
        var badToken = await admin.GetAsync("/v1/payroll-runs?pageToken=not-a-token");
        var tooMany = await admin.GetAsync("/v1/payroll-runs?pageSize=201");

        var pages = new[] { first, second, third }.SelectMany(p => p.GetProperty("runs").EnumerateArray()).Select(r => r.Str("runId"));
        Assert.Equal(Enumerable.Reverse(written), pages);
        Assert.Equal(5, first.Int("totalSize"));
        Assert.Equal(string.Empty, third.Str("nextPageToken"));
        Assert.Equal(written[^1], Assert.Single(april.GetProperty("runs").EnumerateArray()).Str("runId"));
        Assert.Equal(2, april.Int("totalSize"));
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Contains("\"pageToken\"", await badToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("\"pageSize\"", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> ApprovedRunAsync(string centre, HttpClient admin, string month)
    {
        var run = await admin.PreparedRunAsync(month);
        var runId = run.GetProperty("runId").GetString()!;
        await hr.ClientFor($"{centre}-reviewer", ["hr-admin"], centre).PostAsJsonAsync($"/v1/payroll-runs/{runId}:review", new { }).OkAsync();
        await hr.ClientFor($"{centre}-director", ["director"], centre).PostAsJsonAsync($"/v1/payroll-runs/{runId}:approve", new { }).OkAsync();
        return runId;
    }

    private async Task HireAsync(string centre, string staffId, string department, string[] roles, int tier, int grade, string? grid = null, string title = "PROFESSIONAL_TITLE_NONE")
    {
        var idNumber = ResidentIdNumber.Compose("110101", new DateOnly(1985, 1, 1), Interlocked.Increment(ref _sequence) + 100);
        var request = StaffTests.NewHire(staffId, idNumber) with { department = department, roles = roles, tier = tier, grade = grade, grid = grid, title = title };
        await hr.ClientFor($"{centre}-hr", ["hr-admin"], centre).PostAsJsonAsync("/v1/staff", request).OkAsync();
    }

    private static void Expect(System.Text.Json.JsonElement payslip, string gross, string housing, string pension, string medical, string unemployment, string net)
    {
        Assert.Equal(gross, payslip.GetProperty("gross").GetString());
        Assert.Equal(housing, payslip.GetProperty("housingFund").GetString());
        Assert.Equal(pension, payslip.GetProperty("pension").GetString());
        Assert.Equal(medical, payslip.GetProperty("medical").GetString());
        Assert.Equal(unemployment, payslip.GetProperty("unemployment").GetString());
        Assert.Equal(net, payslip.GetProperty("net").GetString());
    }
}
