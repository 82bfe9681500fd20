using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OneWindow.Common.Time;
using OneWindow.Notification.Application.Letters;

namespace OneWindow.Notification.Http;

/// <summary>
/// The letter channel: <c>POST /v1/letter-batches</c> takes the centre's queued letters and answers one printable page
/// in Chinese (HTML, a letter per A4 sheet: letterhead, the resident's address and name, the notice, the centre and the
/// date), with <c>Location</c> naming the batch; the letters are then sent. 204 when no letter is waiting.
/// <c>GET /v1/letter-batches/{batchId}</c> prints a batch again without changing anything. Plain HTTP beside the gRPC
/// API, as documents are not messages; clerks, heads and directors of the centre.
/// </summary>
public static class PrintedLetters
{
    private static readonly string[] Printers = [PlatformRoles.Clerk, PlatformRoles.Head, PlatformRoles.Director];

    public static IEndpointRouteBuilder MapPrintedLetters(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/letter-batches", async (HttpResponse response, PrintLetterBatch printLetterBatch, CancellationToken cancellationToken) =>
            {
                var batch = await printLetterBatch.HandleAsync(cancellationToken);
                if (batch is null)
                {
                    return Results.NoContent();
                }

                if (batch.Letters.Count == 0)
                {
                    // Letters wait, but none could be addressed: the page says why, and nothing was sent.
                    return Results.Text(Render(batch), "text/html", Encoding.UTF8);
                }

                response.Headers.Location = $"/v1/letter-batches/{batch.Id}";
                return Results.Text(Render(batch), "text/html", Encoding.UTF8, StatusCodes.Status201Created);
            })
            .RequireAuthorization(policy => policy.RequireRole(Printers));
        app.MapGet("/v1/letter-batches/{batchId}", async (string batchId, ReprintLetterBatch reprintLetterBatch, CancellationToken cancellationToken) =>
                Results.Content(Render(await reprintLetterBatch.HandleAsync(batchId, cancellationToken)), "text/html; charset=utf-8"))
            .RequireAuthorization(policy => policy.RequireRole(Printers));
        return app;
    }

    public static string Render(LetterBatch batch)
    {
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        string E(string text) => html.Encode(text);
        var printedOn = ChinaTime.ToChina(batch.PrintedAt);
        var date = string.Create(CultureInfo.InvariantCulture, $"{printedOn.Year}年{printedOn.Month}月{printedOn.Day}日");
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(batch.CentreName)).Append(" 书面告知 ").Append(date).Append("</title>")
            .Append("<style>@page{size:A4;margin:2.5cm 2cm}body{font-family:serif;max-width:42em;margin:2em auto;line-height:1.8}")
            .Append(".letter{break-after:page;page-break-after:always;margin-bottom:4em}.letter:last-of-type{break-after:auto;page-break-after:auto}")
            .Append(".head{text-align:center;border-bottom:2px solid #b00;padding-bottom:.3em}.head h1{color:#b00;font-size:1.4em;margin:0}")
            .Append(".ref{text-align:right;font-size:.9em}.to{margin:2em 0}.title{text-align:center;font-size:1.3em}.sign{text-align:right;margin-top:3em}")
            .Append(".summary{border:1px dashed #999;padding:.5em 1em;margin-bottom:2em;font-family:sans-serif}@media print{.summary{display:none}}</style></head><body>");

        page.Append("<div class=\"summary\"><p>");
        if (batch.Letters.Count > 0)
        {
            page.Append("信件批次 ").Append(batch.Id).Append("：共").Append(batch.Letters.Count).Append("封，").Append(date).Append("打印。");
        }
        else
        {
            page.Append("本次没有可打印的信件。");
        }

        page.Append("</p>");
        if (batch.Unprinted.Count > 0)
        {
            page.Append("<p>以下").Append(batch.Unprinted.Count).Append("封未打印：</p><ul>");
            foreach (var letter in batch.Unprinted)
            {
                page.Append("<li>").Append(letter.DeliveryId).Append("：").Append(E(letter.Reason)).Append("</li>");
            }

            page.Append("</ul>");
        }

        page.Append("</div>");
        foreach (var letter in batch.Letters)
        {
            var notice = letter.Delivery;
            page.Append("<section class=\"letter\"><div class=\"head\"><h1>").Append(E(batch.CentreName)).Append("</h1></div>")
                .Append("<p class=\"ref\">编号：").Append(notice.Id).Append("</p>")
                .Append("<p class=\"to\">").Append(E(letter.Address)).Append("<br>").Append(E(letter.Name)).Append("（收）</p>")
                .Append("<p class=\"title\">").Append(E(notice.Title)).Append("</p>")
                .Append("<p>").Append(E(letter.Name)).Append("：</p>");
            foreach (var line in notice.Body.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                page.Append("<p>").Append(E(line)).Append("</p>");
            }

            page.Append("<p class=\"sign\">").Append(E(batch.CentreName)).Append("<br>").Append(date).Append("</p></section>");
        }

        return page.Append("</body></html>").ToString();
    }
}
