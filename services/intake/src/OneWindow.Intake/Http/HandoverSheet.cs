using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OneWindow.Intake.Application.Fees;
using OneWindow.Intake.Application.Statistics;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Http;

/// <summary>
/// The handover sheet (日交接单, and the weekly and monthly summaries) as a printable page in Chinese for the
/// director: the queue, each window, each clerk, acceptances per item, satisfaction and the takings per window.
/// </summary>
public static class HandoverSheet
{
    public static IEndpointRouteBuilder MapHandoverSheet(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/handover", async (string? period, string? day, StatisticsReader reader, CancellationToken cancellationToken) =>
                Results.Content(Render(await reader.CentreAsync(ParsePeriod(period), day, cancellationToken)), "text/html; charset=utf-8"))
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Director, PlatformRoles.Head, PlatformRoles.DistrictAdmin));
        return app;
    }

    public static Contract.StatisticsPeriod ParsePeriod(string? period) => period?.ToLowerInvariant() switch
    {
        null or "" or "day" => Contract.StatisticsPeriod.Day,
        "week" => Contract.StatisticsPeriod.Week,
        "month" => Contract.StatisticsPeriod.Month,
        _ => throw new Common.Errors.DomainException(Common.Errors.DomainErrorKind.Invalid, "invalid-period", "period is day, week or month.", "period"),
    };

    public static string Render(Contract.CentreStatistics s)
    {
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        string E(string text) => html.Encode(text);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(s.Title)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;width:100%;margin-bottom:1em}")
            .Append("td,th{border:1px solid #999;padding:.3em;text-align:center}h2{font-size:1.1em;margin-top:1.5em}.sign{margin-top:3em;display:flex;justify-content:space-between}</style></head><body>")
            .Append("<h1>").Append(E(s.Title)).Append("</h1>")
            .Append("<p>中心：").Append(E(s.Centre)).Append("　统计期间：").Append(E(s.From)).Append(s.From == s.To ? string.Empty : $" 至 {E(s.To)}").Append("</p>");

        var q = s.Queue;
        page.Append("<h2>一、排队叫号</h2><table><tr><th>取号</th><th>办结</th><th>过号</th><th>转窗</th><th>平均等候</th><th>最长等候</th><th>平均办理时长</th></tr><tr>")
            .Append(Cells(q.Issued, q.Served, q.NoShows, q.Transferred)).Append(Cells(Duration(q.AverageWaitSeconds), Duration(q.LongestWaitSeconds), Duration(q.AverageServiceSeconds)))
            .Append("</tr></table>");
        if (s.ByWindowType.Count > 0)
        {
            page.Append("<table><tr><th>窗口类型</th><th>取号</th><th>办结</th><th>平均等候</th></tr>");
            foreach (var type in s.ByWindowType)
            {
                page.Append("<tr>").Append(Cells(WindowTypeName(type.WindowType), type.Queue.Issued, type.Queue.Served, Duration(type.Queue.AverageWaitSeconds))).Append("</tr>");
            }

            page.Append("</table>");
        }

        page.Append("<h2>二、各窗口</h2><table><tr><th>窗口</th><th>工作人员</th><th>办结</th><th>平均等候</th><th>平均办理时长</th><th>评价数</th><th>平均评分</th></tr>");
        foreach (var w in s.ByWindow)
        {
            page.Append("<tr>").Append(Cells($"{w.Window}号", string.Join("、", w.Clerks.Select(E)), w.Queue.Served, Duration(w.Queue.AverageWaitSeconds), Duration(w.Queue.AverageServiceSeconds), w.Queue.Ratings, Score(w.Queue.AverageRating))).Append("</tr>");
        }

        page.Append(Empty(s.ByWindow.Count, 7)).Append("</table>");

        page.Append("<h2>三、工作人员</h2><table><tr><th>工号</th><th>叫号办结</th><th>受理</th><th>其中一并办理</th><th>即办件当场办结</th><th>评价数</th><th>平均评分</th><th>投诉</th></tr>");
        foreach (var c in s.ByClerk)
        {
            page.Append("<tr>").Append(Cells(E(c.ClerkStaffId), c.Queue.Served, c.Acceptances, c.BundledAcceptances, c.InstantCompletions, c.Queue.Ratings, Score(c.Queue.AverageRating), c.Complaints)).Append("</tr>");
        }

        page.Append(Empty(s.ByClerk.Count, 8)).Append("</table>");

        page.Append("<h2>四、事项受理</h2><p>共受理").Append(s.Acceptances).Append("件，其中一次性办结（同次一并办理）").Append(s.BundledAcceptances)
            .Append("件，即办件当场办结").Append(s.InstantCompletions).Append("件。</p>")
            .Append("<table><tr><th>事项</th><th>受理</th><th>一并办理</th><th>当场办结</th></tr>");
        foreach (var item in s.ByItem)
        {
            page.Append("<tr>").Append(Cells(E(item.Name), item.Accepted, item.Bundled, item.InstantCompletions)).Append("</tr>");
        }

        page.Append(Empty(s.ByItem.Count, 4)).Append("</table>");

        var sat = s.Satisfaction;
        page.Append("<h2>五、群众满意度</h2><p>评价").Append(sat.Ratings).Append("次，平均").Append(Score(sat.AverageRating)).Append("分");
        if (sat.Ratings > 0)
        {
            page.Append("（").Append(string.Join("，", sat.ByScore.Select((n, i) => $"{i + 1}分{n}次"))).Append("）");
        }

        page.Append("；投诉").Append(sat.Complaints).Append("件（已处理").Append(sat.ComplaintsHandled).Append("件，待处理").Append(sat.ComplaintsOpen)
            .Append("件）；留言").Append(sat.Messages).Append("条。</p>");

        var t = s.Takings;
        page.Append("<h2>六、收费日结</h2><table><tr><th>窗口</th><th>收费员</th><th>缴费方式</th><th>笔数</th><th>金额（元）</th></tr>");
        foreach (var window in t.Windows)
        {
            foreach (var method in window.ByMethod)
            {
                page.Append("<tr>").Append(Cells($"{window.Window}号", string.Join("、", window.Cashiers.Select(E)), MethodName(method), method.Count, method.Amount)).Append("</tr>");
            }

            page.Append("<tr><td>").Append(window.Window).Append("号小计</td><td colspan=\"2\">实收（不含减免）</td>").Append(Cells(window.Count, window.Collected)).Append("</tr>");
        }

        page.Append("<tr><th colspan=\"3\">合计实收（减免").Append(t.Waived).Append("元另计）</th>").Append(Cells(t.Count, t.Collected)).Append("</tr></table>");
        page.Append("<div class=\"sign\"><span>交班人：＿＿＿＿</span><span>接班人：＿＿＿＿</span><span>中心主任：＿＿＿＿</span></div></body></html>");
        return page.ToString();
    }

    private static string Cells(params object[] values) => string.Concat(values.Select(v => $"<td>{Convert.ToString(v, CultureInfo.InvariantCulture)}</td>"));

    private static string Empty(int count, int columns) => count == 0 ? $"<tr><td colspan=\"{columns}\">无</td></tr>" : string.Empty;

    private static string Score(string average) => average.Length == 0 ? "—" : average;

    private static string Duration(int seconds) => seconds < 60 ? $"{seconds}秒" : $"{seconds / 60}分{seconds % 60:00}秒";

    private static string WindowTypeName(Contract.WindowType type) => type switch
    {
        Contract.WindowType.PolicyConsultation => "政策咨询",
        Contract.WindowType.Payment => "缴费",
        _ => "综合服务",
    };

    private static string MethodName(Contract.MethodTakings method) =>
        FeeMapping.MethodName((Common.Vocabulary.PaymentMethod)((int)method.Method - 1), method.Channel);
}
