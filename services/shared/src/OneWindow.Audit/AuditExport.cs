using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Audit.V1;
using OneWindow.Common.Errors;
using OneWindow.Common.Formats;
using OneWindow.Common.Time;
using OneWindow.ServiceDefaults;

namespace OneWindow.Audit;

/// <summary>
/// The trail as a file (<c>GET /v1/audit/export</c>): every record a search matches (the same fields as
/// <c>SearchAudit</c>, no pages), the newest first, as CSV in UTF-8 with a byte-order mark so that Excel and WPS open the
/// Chinese as Chinese. Plain HTTP beside the gRPC read, as documents are not messages; the same readers, the same
/// centres. Like the read, it changes nothing and is not itself audited.
/// </summary>
internal static class AuditExport
{
    private static readonly string Header = CsvField.Line(
        "编号", "时间", "操作人", "角色", "中心", "区级指定", "操作", "对象类型", "对象编号", "结果", "理由", "追踪号");

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/audit/export", ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Director, PlatformRoles.DistrictAdmin));
        return app;
    }

    private static async Task ExportAsync(HttpContext http, IAuditReader reader, TimeProvider clock)
    {
        var query = http.Request.Query;
        var search = AuditSearch.Parse(
            new SearchAuditRequest
            {
                From = query["from"].ToString(),
                To = query["to"].ToString(),
                Actor = query["actor"].ToString(),
                Action = query["action"].ToString(),
                SubjectId = query["subjectId"].ToString(),
                DeniedOnly = Flag(query["deniedOnly"].ToString(), "deniedOnly"),
            },
            clock);
        var from = DateOnly.FromDateTime(ChinaTime.ToChina(search.From).DateTime);
        var to = DateOnly.FromDateTime(ChinaTime.ToChina(search.Until).DateTime);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{Wire.Day(from)}-{Wire.Day(to)}.csv\"";
        await http.Response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), http.RequestAborted);
        await using var csv = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await csv.WriteAsync(Header);
        await foreach (var record in reader.EveryAsync(search).WithCancellation(http.RequestAborted))
        {
            await csv.WriteAsync(CsvField.Line(
                CsvField.Number(record.Id.ToString(CultureInfo.InvariantCulture)),
                Wire.PreciseInstant(record.At),
                CsvField.Text(record.Actor),
                CsvField.Text(record.ActorRoles),
                CsvField.Text(record.TenantId),
                record.NamedByDistrict ? "是" : "否",
                CsvField.Text(record.Action),
                CsvField.Text(record.SubjectType),
                CsvField.Text(record.SubjectId),
                Wire.Kebab(record.Outcome),
                CsvField.Text(record.Reason),
                CsvField.Text(record.TraceId)));
        }
    }

    private static bool Flag(string text, string field) => text switch
    {
        "" or "false" => false,
        "true" => true,
        _ => throw new DomainException(DomainErrorKind.Invalid, "invalid-flag", $"{field} is true or false.", field),
    };
}
