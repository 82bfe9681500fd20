using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.HrPayroll.Application.Payroll;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Payroll;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Http;

/// <summary>
/// The printable payslip (工资条, HTML in Chinese) and the bank file (CSV, UTF-8, with a control-total line)
/// of a payroll run: plain HTTP beside the gRPC API, as documents are not messages.
/// </summary>
public static class PayslipDocuments
{
    public static IEndpointRouteBuilder MapPayslipDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/payroll-runs/{runId}/payslips/{staffId}/print", PrintAsync)
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.All.Except([PlatformRoles.Resident, PlatformRoles.Device])));
        app.MapGet("/v1/payroll-runs/{runId}/bank-file", BankFileAsync)
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.HrAdmin, PlatformRoles.Director));
        return app;
    }

    private static async Task<IResult> PrintAsync(string runId, string staffId, ClaimsPrincipal user, HrPayrollDbContext db, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (caller.Subject != staffId && !caller.Roles.Overlaps([PlatformRoles.HrAdmin, PlatformRoles.Director]))
        {
            throw new DomainException(DomainErrorKind.Forbidden, "own-payslip-only", "You may read your own payslip only.", "staffId");
        }

        var run = await PayrollReader.FindAsync(db, runId, cancellationToken);
        var payslip = await db.Payslips.AsNoTracking().SingleOrDefaultAsync(p => p.RunId == run.Id && p.StaffId == staffId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-payslip", "This run has no payslip for that worker.", "staffId");
        return Results.Content(Render(run, payslip), "text/html; charset=utf-8");
    }

    private static async Task<IResult> BankFileAsync(
        string runId, HrPayrollDbContext db, PersonalDataProtector protector, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var run = await PayrollReader.FindAsync(db, runId, cancellationToken);
        if (run.Status is not (RunStatus.Approved or RunStatus.Paid))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "run-not-approved", "Only an approved run goes to the bank.", "runId");
        }

        var payslips = await db.Payslips.AsNoTracking().Where(p => p.RunId == run.Id).OrderBy(p => p.StaffId).ToListAsync(cancellationToken);
        var accounts = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.StaffId, s => s.BankAccountProtected, StringComparer.Ordinal, cancellationToken);
        var csv = new StringBuilder("序号,工号,姓名,银行账号,实发金额\r\n");
        var n = 0;
        foreach (var payslip in payslips)
        {
            var account = protector.Unprotect(accounts[payslip.StaffId], PersonalDataPurposes.BankAccount);
            csv.Append(CsvField.Line(CsvField.Number((++n).ToString(CultureInfo.InvariantCulture)), CsvField.Text(payslip.StaffId), CsvField.Text(payslip.Name), CsvField.Text(account), CsvField.Number(Wire.Money(payslip.Net))));
        }

        csv.Append(CultureInfo.InvariantCulture, $"合计,{payslips.Count}笔,,,{Wire.Money(payslips.Sum(p => p.Net))}\r\n");
        audit.Record(new AuditEntry("export-bank-file", "payroll-run", run.Id.ToString(), $"{payslips.Count} payments"));
        await db.SaveChangesAsync(cancellationToken);
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"payroll-{run.Month}-{run.Id:N}.csv");
    }

    public static string Render(PayrollRun run, Payslip payslip)
    {
        var html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var l = payslip.Lines;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>工资条 ").Append(html.Encode(payslip.Month)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em}td.n{text-align:right}@media print{button{display:none}}</style></head><body>")
            .Append("<h1>").Append(html.Encode(payslip.Month)).Append(" 工资条</h1>")
            .Append("<p>工号：").Append(html.Encode(payslip.StaffId)).Append("　姓名：").Append(html.Encode(payslip.Name))
            .Append("　类别：").Append(run.Kind == RunKind.Regular ? "月度工资" : "调整发放").Append("</p><table>");
        void Row(string label, decimal amount) =>
            page.Append("<tr><th>").Append(label).Append("</th><td class=\"n\">").Append(Wire.Money(amount)).Append("</td></tr>");
        if (run.Kind == RunKind.Regular)
        {
            Row("岗级工资", l.GradePay);
            Row("岗位津贴", l.PostAllowance);
            Row("职称津贴", l.TitleAllowance);
            page.Append("<tr><th>绩效考核得分</th><td class=\"n\">").Append(Wire.Points(l.Score)).Append("</td></tr>");
            Row("绩效津贴", l.PerformancePay);
            Row("评优奖励", l.AwardPay);
            Row("扣款", -l.Deductions);
            Row("应发合计", l.Gross);
            Row("缴费基数", l.ContributionBase);
            Row("住房公积金", -l.HousingFund);
            Row("养老保险", -l.Pension);
            Row("医疗保险", -l.Medical);
            Row("失业保险", -l.Unemployment);
            Row("个人所得税", -l.IncomeTax);
        }
        else
        {
            Row("调整金额", l.Gross);
        }

        Row("实发金额", payslip.Net);
        page.Append("</table>");
        if (payslip.Note is not null)
        {
            page.Append("<p>备注：").Append(html.Encode(payslip.Note)).Append("</p>");
        }

        page.Append("<p><small>金额单位：元。各项按分四舍五入。</small></p><button onclick=\"print()\">打印</button></body></html>");
        return page.ToString();
    }
}
