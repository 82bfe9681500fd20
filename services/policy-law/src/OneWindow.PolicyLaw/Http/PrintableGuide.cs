using System.Text;
using System.Text.Encodings.Web;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Http;

/// <summary>
/// The guide as a printable page in Chinese (服务指南), for the rack at the entrance and for residents at home: one A4
/// sheet with the item, what to bring (original or copy, how many), the time limit, where to apply and, for a centre
/// (<c>?centre=jiangpu</c>), the centre's note, or that it does not take the item and where to go instead.
/// </summary>
public static class PrintableGuide
{
    // Inline (the services' HTML carries no script and no stylesheet of its own, docs SecurityHeaders); small type and
    // narrow margins keep a guide of a dozen materials on one sheet.
    private const string Style =
        "@page{size:A4;margin:15mm}body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;font-size:11pt;line-height:1.45;color:#000;max-width:48em;margin:2em auto}" +
        "h1{font-size:17pt;margin:0 0 .3em}h2{font-size:12.5pt;margin:.9em 0 .3em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #555;padding:.2em .4em;text-align:left;vertical-align:top}" +
        "dl{display:grid;grid-template-columns:auto 1fr;gap:.15em 1em;margin:0}dt{font-weight:bold}dd{margin:0}ol{margin:.2em 0;padding-left:1.6em}" +
        ".note{border:2px solid #000;padding:.4em .6em;margin:.6em 0}.meta{font-size:9pt;color:#333}" +
        "@media print{body{margin:0;max-width:none}table,.note,dl{break-inside:avoid}}";

    public static IEndpointRouteBuilder MapPrintableGuides(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/guides/{code}/print", async (string code, string? centre, CatalogueReader reader, CancellationToken cancellationToken) =>
                Results.Content(Render(await reader.GetGuideAsync(code, centre, cancellationToken)), "text/html; charset=utf-8"))
            .AllowAnonymous();
        return app;
    }

    public static string Render(ServiceGuide guide)
    {
        var html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        string E(string text) => html.Encode(text);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(guide.Name)).Append(" 服务指南</title>")
            .Append("<style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>").Append(E(guide.Name)).Append(" 服务指南</h1>");
        if (guide.NotOffered)
        {
            page.Append("<p class=\"note\" role=\"note\"><strong>本中心暂不受理此事项。</strong>")
                .Append(guide.LocalNote is { } whereToGo ? E(whereToGo) : "请到本区其他街道社区事务受理服务中心办理。").Append("</p>");
        }
        else if (guide.LocalNote is { } note)
        {
            page.Append("<p class=\"note\" role=\"note\"><strong>本中心提示：</strong>").Append(E(note)).Append("</p>");
        }

        page.Append("<dl><dt>事项类别</dt><dd>").Append(E(guide.Category)).Append("</dd>")
            .Append("<dt>办件类型</dt><dd>").Append(E(guide.Kind)).Append("</dd>")
            .Append("<dt>办理时限</dt><dd>").Append(guide.TimeLimitWorkingDays == 0 ? "当场办结" : $"{guide.TimeLimitWorkingDays}个工作日").Append(guide.TimeLimited ? "（限时办结）" : string.Empty).Append("</dd>")
            .Append("<dt>办理地点</dt><dd>").Append(guide.Centre.Length == 0 ? "本区各街道社区事务受理服务中心" : "本街道社区事务受理服务中心").Append(" ").Append(E(guide.WindowType)).Append("</dd></dl>")
            .Append("<h2>办理要件</h2><table><thead><tr><th scope=\"col\">序号</th><th scope=\"col\">材料名称</th><th scope=\"col\">原件/复印件</th><th scope=\"col\">份数</th><th scope=\"col\">适用情形</th></tr></thead><tbody>");
        var n = 1;
        foreach (var material in guide.Materials)
        {
            page.Append("<tr><td>").Append(n++).Append("</td><td>").Append(E(material.Name)).Append("</td><td>").Append(material.Original ? "原件" : "复印件")
                .Append("</td><td>").Append(material.Count).Append("</td><td>").Append(E(material.Condition ?? "所有申请人")).Append("</td></tr>");
        }

        page.Append("</tbody></table><h2>办理流程</h2><ol>");
        foreach (var step in guide.FlowSteps)
        {
            page.Append("<li>").Append(E(step)).Append("</li>");
        }

        page.Append("</ol><h2>法律依据</h2><p>").Append(E(guide.LegalBasis)).Append("</p>")
            .Append("<p class=\"meta\">第").Append(guide.Version).Append("版，自").Append(E(guide.EffectiveFrom)).Append("起施行。</p></main></body></html>");
        return page.ToString();
    }
}
