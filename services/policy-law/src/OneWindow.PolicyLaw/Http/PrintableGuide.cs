using System.Text;
using System.Text.Encodings.Web;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Http;

/// <summary>The guide as a printable page in Chinese (服务指南), for the rack at the entrance and for residents at home.</summary>
public static class PrintableGuide
{
    public static IEndpointRouteBuilder MapPrintableGuides(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/guides/{code}/print", async (string code, CatalogueReader reader, CancellationToken cancellationToken) =>
                Results.Content(Render(await reader.GetGuideAsync(code, cancellationToken)), "text/html; charset=utf-8"))
            .AllowAnonymous();
        return app;
    }

    public static string Render(ServiceGuide guide)
    {
        var html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        string E(string text) => html.Encode(text);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(guide.Name)).Append(" 服务指南</title>")
            .Append("<style>body{font-family:sans-serif;max-width:48em;margin:2em auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em}</style></head><body>")
            .Append("<h1>").Append(E(guide.Name)).Append(" 服务指南</h1>")
            .Append("<p>事项类别：").Append(E(guide.Category)).Append("　办件类型：").Append(E(guide.Kind)).Append("　受理窗口：").Append(E(guide.WindowType)).Append("</p>")
            .Append("<p>办理时限：").Append(guide.TimeLimitWorkingDays == 0 ? "当场办结" : $"{guide.TimeLimitWorkingDays}个工作日").Append(guide.TimeLimited ? "（限时办结）" : string.Empty).Append("</p>")
            .Append("<h2>办理要件</h2><table><tr><th>序号</th><th>材料名称</th><th>原件/复印件</th><th>份数</th><th>适用情形</th></tr>");
        var n = 1;
        foreach (var material in guide.Materials)
        {
            page.Append("<tr><td>").Append(n++).Append("</td><td>").Append(E(material.Name)).Append("</td><td>").Append(material.Original ? "原件" : "复印件")
                .Append("</td><td>").Append(material.Count).Append("</td><td>").Append(E(material.Condition ?? "所有申请人")).Append("</td></tr>");
        }

        page.Append("</table><h2>办理流程</h2><ol>");
        foreach (var step in guide.FlowSteps)
        {
            page.Append("<li>").Append(E(step)).Append("</li>");
        }

        page.Append("</ol><h2>法律依据</h2><p>").Append(E(guide.LegalBasis)).Append("</p>")
            .Append("<p><small>第").Append(guide.Version).Append("版，自").Append(E(guide.EffectiveFrom)).Append("起施行。</small></p></body></html>");
        return page.ToString();
    }
}
