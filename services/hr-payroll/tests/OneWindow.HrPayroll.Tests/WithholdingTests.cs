using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Identity;

namespace OneWindow.HrPayroll.Tests;

/// <summary>
/// Payslips as a payroll office computes them, each on a centre of its own, against figures computed by hand below.
/// Every worker here is a window clerk on tier 3 with no title and no evaluation, so the base score of 80 pays 400 of the
/// 500 performance allowance; grade 1 pays 1,848 and each grade 80 more; the post allowance is 1,450. Rules: from
/// 2025-07 to 2026-06 the base floor is 7,384, from 2026-07 it is 7,460 (pension 8 %, medical 2 %, unemployment 0.5 %,
/// housing fund 7 %). Working days come from the 2026 calendar the platform ships (holidays and 调休 weekends).
/// </summary>
public sealed class WithholdingTests(HrPayrollFactory hr) : IClassFixture<HrPayrollFactory>
{
    private static int _sequence;

    [Fact]
    public async Task A_january_hire_is_paid_from_the_day_they_started_by_the_working_days_of_the_month()
    {
        const string centre = "taxhire";
        await HireAsync(centre, "taxhire-a", grade: 1, hiredOn: "2026-01-16");

        var run = await hr.ClientFor("taxhire-hr", ["hr-admin"], centre).PreparedRunAsync("2026-01");

        // January 2026: 22 weekdays, less the holidays on Thursday 1 and Friday 2, plus Sunday 4 worked (调休): 21 working
        // days. From Friday 16: 16, 19-23, 26-30 = 11 days paid.
        // grade pay 1,848 × 11 ÷ 21 = 968.00; post 1,450 × 11 ÷ 21 = 759.5238 → 759.52; performance 400 × 11 ÷ 21 =
        // 209.5238 → 209.52; gross 1,937.04.
        // Base 1,848 + 1,450 = 3,298, below the floor: 7,384 for the whole month: 516.88 + 590.72 + 147.68 + 36.92 = 1,292.20.
        // Tax: one month employed, 1,937.04 − 5,000 − 1,292.20 < 0: none. Net 1,937.04 − 1,292.20 = 644.84.
        var payslip = Single(run, "taxhire-a");
        Assert.Equal(("968.00", "759.52", "209.52", "1937.04"), (payslip.Str("gradePay"), payslip.Str("postAllowance"), payslip.Str("performancePay"), payslip.Str("gross")));
        Expect(payslip, "7384.00", "516.88", "590.72", "147.68", "36.92", "0.00", "644.84");
        var days = payslip.GetProperty("proration");
        Assert.Equal((21, 11, 0, 11), (Int(days, "workingDays"), Int(days, "daysOnStaff"), Int(days, "unpaidLeaveDays"), Int(days, "daysPaid")));
        var contributions = payslip.GetProperty("contributions");
        Assert.Equal(("7384.00", "36921.00", "0.08", "0.005", "2025-07"), (contributions.Str("baseFloor"), contributions.Str("baseCeiling"), contributions.Str("pensionRate"), contributions.Str("unemploymentRate"), contributions.Str("rulesFrom")));
        Assert.Equal((1, "5000.00", "0.00"), (Int(payslip.GetProperty("tax"), "monthsEmployed"), payslip.GetProperty("tax").Str("cumulativeThreshold"), payslip.GetProperty("tax").Str("cumulativeTaxable")));
    }

    [Fact]
    public async Task Unpaid_leave_is_taken_off_by_its_working_days_and_a_worker_below_the_threshold_pays_no_tax()
    {
        const string centre = "taxleave";
        await HireAsync(centre, "taxleave-head", grade: 10, hiredOn: "2024-03-01", roles: ["head", "clerk"]);
        await HireAsync(centre, "taxleave-a", grade: 5, hiredOn: "2024-03-01");
        await HireAsync(centre, "taxleave-b", grade: 1, hiredOn: "2024-03-01");
        var admin = hr.ClientFor("taxleave-hr", ["hr-admin"], centre);
        var leave = await admin.PostAsJsonAsync("/v1/leave", new { staffId = "taxleave-a", from = "2026-03-09", to = "2026-03-11", kind = "LEAVE_KIND_PERSONAL", reason = "家中有事" }).OkAsync();
        await hr.ClientFor("taxleave-head", ["head", "clerk"], centre).PostAsJsonAsync($"/v1/leave/{leave.Str("leaveId")}:approve", new { note = "同意" }).OkAsync();

        var run = await admin.PreparedRunAsync("2026-03");

        // March 2026 has no holiday: 22 weekdays. a took Monday 9 to Wednesday 11 unpaid (事假): 19 days paid.
        // grade pay (grade 5) 2,168 × 19 ÷ 22 = 1,872.3636 → 1,872.36; post 1,450 × 19 ÷ 22 = 1,252.2727 → 1,252.27;
        // performance 400 × 19 ÷ 22 = 345.4545 → 345.45; gross 3,470.08. Contributions on the floor 7,384: 1,292.20.
        // Three months employed (hired in 2024): 3,470.08 − 15,000 < 0, no tax. Net 3,470.08 − 1,292.20 = 2,177.88.
        var a = Single(run, "taxleave-a");
        Assert.Equal(("1872.36", "1252.27", "345.45", "3470.08"), (a.Str("gradePay"), a.Str("postAllowance"), a.Str("performancePay"), a.Str("gross")));
        Expect(a, "7384.00", "516.88", "590.72", "147.68", "36.92", "0.00", "2177.88");
        Assert.Equal((22, 22, 3, 19), (Int(a.GetProperty("proration"), "workingDays"), Int(a.GetProperty("proration"), "daysOnStaff"), Int(a.GetProperty("proration"), "unpaidLeaveDays"), Int(a.GetProperty("proration"), "daysPaid")));
        // b, the whole month: 1,848 + 1,450 + 400 = 3,698 gross; 1,292.20 contributions; cumulative taxable
        // max(0, 3,698 − 15,000 − 1,292.20) = 0, so no tax; net 2,405.80.
        var b = Single(run, "taxleave-b");
        Assert.Equal("3698.00", b.Str("gross"));
        Expect(b, "7384.00", "516.88", "590.72", "147.68", "36.92", "0.00", "2405.80");
        Assert.Equal((3, "15000.00", "3698.00", "0.00", "0.00"), (Int(b.GetProperty("tax"), "monthsEmployed"), b.GetProperty("tax").Str("cumulativeThreshold"), b.GetProperty("tax").Str("cumulativeIncome"), b.GetProperty("tax").Str("cumulativeTaxable"), b.GetProperty("tax").Str("cumulativeTax")));
    }

    [Fact]
    public async Task A_december_payslip_withholds_the_cumulative_tax_of_the_bracket_the_year_reached_and_special_deductions_lower_it()
    {
        const string centre = "taxdec";
        await HireAsync(centre, "taxdec-a", grade: 1, hiredOn: "2026-10-01");
        await HireAsync(centre, "taxdec-b", grade: 1, hiredOn: "2026-10-01");
        var admin = hr.ClientFor("taxdec-hr", ["hr-admin"], centre);
        await admin.PostAsJsonAsync("/v1/staff/taxdec-b/withholding-declarations", new
        {
            month = "2026-10",
            specialDeductions = new { childrenEducation = "2000.00", elderlySupport = "1000.00" },
        }).OkAsync();

        // Both: 3,698 gross a month, every month whole (hired on 1 October, a holiday, before its first working day);
        // contributions on the floor 7,460: 522.20 + 596.80 + 149.20 + 37.30 = 1,305.50; net before tax 2,392.50.
        // October: one month employed, 3,698 − 5,000 − 1,305.50 < 0, no tax. Then a one-off payment of 33,000 each.
        var october = await ApprovedRunAsync(centre, admin, "2026-10");
        Expect(Single(october, "taxdec-a"), "7460.00", "522.20", "596.80", "149.20", "37.30", "0.00", "2392.50");
        await ApprovedAdjustmentAsync(centre, admin, "2026-10", "taxdec-a", "33000.00");
        await ApprovedAdjustmentAsync(centre, admin, "2026-10", "taxdec-b", "33000.00");

        // November, a: income 3,698 + 33,000 + 3,698 = 40,396; threshold 2 × 5,000; contributions 2 × 1,305.50 = 2,611;
        // taxable 27,785.00, 3 %: 833.55, none withheld before. Net 3,698 − 1,305.50 − 833.55 = 1,558.95.
        // b also deducts 2 × 3,000 = 6,000: taxable 21,785.00, 3 %: 653.55; net 1,738.95.
        var november = await ApprovedRunAsync(centre, admin, "2026-11");
        Expect(Single(november, "taxdec-a"), "7460.00", "522.20", "596.80", "149.20", "37.30", "833.55", "1558.95");
        Expect(Single(november, "taxdec-b"), "7460.00", "522.20", "596.80", "149.20", "37.30", "653.55", "1738.95");
        await ApprovedAdjustmentAsync(centre, admin, "2026-11", "taxdec-a", "12000.00");
        await ApprovedAdjustmentAsync(centre, admin, "2026-11", "taxdec-b", "12000.00");

        var december = await admin.PreparedRunAsync("2026-12");

        // December, a: income 40,396 + 12,000 + 3,698 = 56,094; threshold 15,000; contributions 3,916.50; taxable
        // 37,177.50, past 36,000 into the 10 % bracket: 3,717.75 − 2,520 = 1,197.75, less 833.55 withheld: 364.20.
        // Net 3,698 − 1,305.50 − 364.20 = 2,028.30.
        var a = Single(december, "taxdec-a");
        Expect(a, "7460.00", "522.20", "596.80", "149.20", "37.30", "364.20", "2028.30");
        var tax = a.GetProperty("tax");
        Assert.Equal(
            (3, "56094.00", "15000.00", "3916.50", "0.00", "37177.50", "0.1", "2520.00", "1197.75", "833.55"),
            (Int(tax, "monthsEmployed"), tax.Str("cumulativeIncome"), tax.Str("cumulativeThreshold"), tax.Str("cumulativeContributions"), tax.Str("cumulativeSpecialDeductions"),
                tax.Str("cumulativeTaxable"), tax.Str("rate"), tax.Str("quickDeduction"), tax.Str("cumulativeTax"), tax.Str("withheldBefore")));
        // b: 56,094 − 15,000 − 3,916.50 − 3 × 3,000 = 28,177.50, still 3 %: 845.325 → 845.33, less 653.55 = 191.78;
        // net 3,698 − 1,305.50 − 191.78 = 2,200.72.
        var b = Single(december, "taxdec-b");
        Expect(b, "7460.00", "522.20", "596.80", "149.20", "37.30", "191.78", "2200.72");
        Assert.Equal(("3000.00", "9000.00", "28177.50", "0.03"), (b.GetProperty("tax").Str("specialDeductions"), b.GetProperty("tax").Str("cumulativeSpecialDeductions"), b.GetProperty("tax").Str("cumulativeTaxable"), b.GetProperty("tax").Str("rate")));

        // The year's summary once December is approved: October 3,698 + 33,000; November 3,698 + 12,000; December 3,698:
        // 56,094 in all, 3 × 1,305.50 = 3,916.50 contributions, 0 + 833.55 + 364.20 = 1,197.75 tax (December's cumulative tax).
        await ApproveAsync(centre, december.Str("runId"));
        var year = await hr.ClientFor("taxdec-a", ["clerk"], centre).GetAsync("/v1/staff/taxdec-a/withholding/2026").OkAsync();
        Assert.Equal(("56094.00", "3916.50", "0.00", "1197.75"), (year.Str("income"), year.Str("contributions"), year.Str("specialDeductions"), year.Str("taxWithheld")));
        Assert.Equal(
            [("2026-10", "36698.00", "0.00"), ("2026-11", "15698.00", "833.55"), ("2026-12", "3698.00", "364.20")],
            year.GetProperty("months").EnumerateArray().Select(m => (m.Str("month"), m.Str("income"), m.Str("taxWithheld"))));
        var forHr = await admin.GetAsync("/v1/staff/taxdec-b/withholding/2026").OkAsync();
        Assert.Equal(("9000.00", "845.33"), (forHr.Str("specialDeductions"), forHr.Str("taxWithheld")));
    }

    [Fact]
    public async Task A_worker_reads_only_their_own_years_withholding_and_the_refusal_is_audited()
    {
        const string centre = "taxown";
        await HireAsync(centre, "taxown-a", grade: 1, hiredOn: "2024-03-01");
        await HireAsync(centre, "taxown-b", grade: 1, hiredOn: "2024-03-01");

        var response = await hr.ClientFor("taxown-b", ["clerk"], centre).GetAsync("/v1/staff/taxown-a/withholding/2026");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await hr.QueryAsync(centre, db => db.Set<OneWindow.Audit.AuditRecord>().AnyAsync(a => a.SubjectId == "taxown-a" && a.Outcome == OneWindow.Audit.AuditOutcome.Denied)));
        Assert.Equal(HttpStatusCode.NotFound, (await hr.ClientFor("taxown-hr", ["hr-admin"], "dinghai").GetAsync("/v1/staff/taxown-a/withholding/2026")).StatusCode);
    }

    [Fact]
    public async Task A_declared_base_is_used_within_the_citys_limits_and_one_outside_them_is_refused_naming_it()
    {
        const string centre = "taxbase";
        await HireAsync(centre, "taxbase-a", grade: 1, hiredOn: "2024-03-01");
        var admin = hr.ClientFor("taxbase-hr", ["hr-admin"], centre);

        var low = await admin.PostAsJsonAsync("/v1/staff/taxbase-a/withholding-declarations", new { month = "2026-03", contributionBase = "5000.00" });
        var high = await admin.PostAsJsonAsync("/v1/staff/taxbase-a/withholding-declarations", new { month = "2026-03", contributionBase = "40000.00" });

        Assert.Equal(HttpStatusCode.BadRequest, low.StatusCode);
        Assert.Contains("contributionBase", await low.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, high.StatusCode);
        Assert.Equal(0, await hr.QueryAsync(centre, db => db.WithholdingDeclarations.CountAsync()));

        await admin.PostAsJsonAsync("/v1/staff/taxbase-a/withholding-declarations", new { month = "2026-03", contributionBase = "10000.00" }).OkAsync();
        var run = await admin.PreparedRunAsync("2026-03");

        // Base 10,000: 700.00 + 800.00 + 200.00 + 50.00 = 1,750.00; 3,698 gross, no tax (15,000 threshold); net 1,948.00.
        var payslip = Single(run, "taxbase-a");
        Expect(payslip, "10000.00", "700.00", "800.00", "200.00", "50.00", "0.00", "1948.00");
        Assert.Equal("10000.00", payslip.GetProperty("contributions").Str("declaredBase"));
    }

    [Fact]
    public async Task A_negative_special_deduction_is_refused_naming_it_and_nothing_is_recorded()
    {
        const string centre = "taxneg";
        await HireAsync(centre, "taxneg-a", grade: 1, hiredOn: "2024-03-01");

        var response = await hr.ClientFor("taxneg-hr", ["hr-admin"], centre).PostAsJsonAsync("/v1/staff/taxneg-a/withholding-declarations", new
        {
            month = "2026-03",
            specialDeductions = new { childrenEducation = "-2000.00" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("specialDeductions.childrenEducation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await hr.QueryAsync(centre, db => db.WithholdingDeclarations.CountAsync()));
    }

    [Fact]
    public async Task A_month_whose_rates_are_not_loaded_is_not_prepared_and_the_refusal_names_the_month()
    {
        const string centre = "taxnone";
        await HireAsync(centre, "taxnone-a", grade: 1, hiredOn: "2024-03-01");
        var admin = hr.ClientFor("taxnone-hr", ["hr-admin"], centre);

        var response = await admin.PostAsJsonAsync("/v1/payroll-runs", new { month = "2024-12" });
        var declaration = await admin.PostAsJsonAsync("/v1/staff/taxnone-a/withholding-declarations", new { month = "2024-12", contributionBase = "8000.00" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("no-withholding-rules", body, StringComparison.Ordinal);
        Assert.Contains("2024-12", body, StringComparison.Ordinal);
        Assert.Contains("\"month\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, declaration.StatusCode);
        Assert.Equal(0, await hr.QueryAsync(centre, db => db.PayrollRuns.CountAsync()));
        Assert.Equal(0, await hr.QueryAsync(centre, db => db.WithholdingDeclarations.CountAsync()));
    }

    [Fact]
    public async Task The_district_loads_the_next_contribution_year_once_and_a_centre_cannot()
    {
        var rules = """
            {"contributions":{"pensionRate":0.08,"medicalRate":0.02,"unemploymentRate":0.005,"housingFundRate":0.07,"baseFloor":7600,"baseCeiling":38000},
             "incomeTax":{"monthlyThreshold":5000,"brackets":[{"upTo":36000,"rate":0.03,"quickDeduction":0},{"upTo":144000,"rate":0.10,"quickDeduction":2520},
               {"upTo":300000,"rate":0.20,"quickDeduction":16920},{"upTo":420000,"rate":0.25,"quickDeduction":31920},{"upTo":660000,"rate":0.30,"quickDeduction":52920},
               {"upTo":960000,"rate":0.35,"quickDeduction":85920},{"rate":0.45,"quickDeduction":181920}]}}
            """;

        var byCentre = await hr.HrAdminOf("jiangpu").PostAsJsonAsync("/v1/withholding-rules", new { from = "2027-07", to = "2028-06", rulesJson = rules });
        var loaded = await hr.DistrictHr().PostAsJsonAsync("/v1/withholding-rules", new { from = "2027-07", to = "2028-06", rulesJson = rules }).OkAsync();
        var overlapping = await hr.DistrictHr().PostAsJsonAsync("/v1/withholding-rules", new { from = "2028-01", to = "2028-12", rulesJson = rules });

        Assert.Equal(HttpStatusCode.Forbidden, byCentre.StatusCode);
        Assert.Equal(("2027-07", "2028-06"), (loaded.Str("from"), loaded.Str("to")));
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Contains("withholding-rules-overlap", await overlapping.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = (await hr.HrAdminOf("jiangpu").GetAsync("/v1/withholding-rules").OkAsync()).GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["2025-01", "2025-07", "2026-07", "2027-07"], list.Select(r => r.Str("from")));
        Assert.Contains("\"baseFloor\":7600", list[^1].Str("rulesJson"), StringComparison.Ordinal);
    }

    /// <summary>The contribution base, housing fund, pension, medical, unemployment, income tax and net of a payslip.</summary>
    private static void Expect(JsonElement payslip, string contributionBase, string housingFund, string pension, string medical, string unemployment, string incomeTax, string net) =>
        Assert.Equal(
            (contributionBase, housingFund, pension, medical, unemployment, incomeTax, net),
            (payslip.Str("contributionBase"), payslip.Str("housingFund"), payslip.Str("pension"), payslip.Str("medical"), payslip.Str("unemployment"), payslip.Str("incomeTax"), payslip.Str("net")));

    private static JsonElement Single(JsonElement run, string staffId) =>
        Assert.Single(run.GetProperty("payslips").EnumerateArray(), p => p.Str("staffId") == staffId);

    /// <summary>JSON leaves out an int32 of 0.</summary>
    private static int Int(JsonElement element, string property) => element.TryGetProperty(property, out var value) ? value.GetInt32() : 0;

    private async Task HireAsync(string centre, string staffId, int grade, string hiredOn, string[]? roles = null)
    {
        var idNumber = ResidentIdNumber.Compose("110101", new DateOnly(1986, 1, 1), Interlocked.Increment(ref _sequence) + 300);
        var request = StaffTests.NewHire(staffId, idNumber) with { roles = roles ?? ["clerk"], tier = 3, grade = grade, hiredOn = hiredOn };
        await hr.ClientFor($"{centre}-hr", ["hr-admin"], centre).PostAsJsonAsync("/v1/staff", request).OkAsync();
    }

    private async Task<JsonElement> ApprovedRunAsync(string centre, HttpClient admin, string month)
    {
        var run = await admin.PreparedRunAsync(month);
        await ApproveAsync(centre, run.Str("runId"));
        return run;
    }

    private async Task ApprovedAdjustmentAsync(string centre, HttpClient admin, string month, string staffId, string amount)
    {
        var run = await admin.PostAsJsonAsync("/v1/payroll-runs:adjust", new { month, staffId, amount, reason = "一次性补发" }).OkAsync();
        await ApproveAsync(centre, run.Str("runId"));
    }

    private async Task ApproveAsync(string centre, string runId)
    {
        await hr.ClientFor($"{centre}-reviewer", ["hr-admin"], centre).PostAsJsonAsync($"/v1/payroll-runs/{runId}:review", new { }).OkAsync();
        await hr.ClientFor($"{centre}-director", ["director"], centre).PostAsJsonAsync($"/v1/payroll-runs/{runId}:approve", new { }).OkAsync();
    }
}
