using System.Globalization;
using System.Security.Claims;
using Bunit;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Audit.V1;
using OneWindow.Web.Components.Audit;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>
/// 审计日志: the trails of every service read as one, newest first, a page at a time, with every record shown once.
/// </summary>
public sealed class AuditLogTests : BunitContext
{
    private static readonly DateTimeOffset Morning = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly AnsweringInvoker _services = new();

    public AuditLogTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddScoped<AuditWords>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new AuditTrail.AuditTrailClient(_services));
        Services.AddSingleton(new HrPayroll.V1.Staff.StaffClient(_services));
        Services.AddBrowserDownloads();
    }

    [Fact]
    public void The_director_reads_every_services_records_merged_newest_first_in_chinese()
    {
        AsDirector();
        // Review decided at minutes 50, 30, 10; intake accepted at minutes 40 and 20.
        Keeps("review", Record(3, 50, "pass", "jiangpu-s022"), Record(2, 30, "return", "jiangpu-s022"), Record(1, 10, "pass", "jiangpu-s021", denied: true));
        Keeps("intake", Record(2, 40, "accept", "jiangpu-s004"), Record(1, 20, "accept", "jiangpu-s004"));
        _services.Answer(new HrPayroll.V1.ListStaffReply { Staff = { new HrPayroll.V1.StaffMember { StaffId = "jiangpu-s022", Name = "葛宇" } } });

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-test=audit-record]").Count));
        var rows = page.FindAll("[data-test=audit-record]");
        Assert.Equal(["pass", "accept", "return", "accept", "pass"], rows.Select(r => r.GetAttribute("data-action")));
        Assert.Contains("初审通过", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("葛宇（jiangpu-s022）", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("jiangpu-s004", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("业务初审", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-12-07 09:50:00", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("已拒绝", rows[4].TextContent, StringComparison.Ordinal);
        Assert.Equal(WholeAuditTrail.Services.Order(), _services.SentTo.Select(s => s.Host).Order());
        Assert.All(_services.SentTo, sent => Assert.Equal(6, DayNumber(((SearchAuditRequest)sent.Request).To) - DayNumber(((SearchAuditRequest)sent.Request).From)));
        Assert.DoesNotContain("中心", page.Find("[data-test=audit-table] thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_is_given_its_reason_in_chinese_and_a_done_acts_note_is_shown_as_written()
    {
        AsDirector();
        var refused = Record(2, 30, "approve-payroll", "jiangpu-s001", denied: true);
        refused.Reason = "separation-of-duties";
        var unnamed = Record(3, 40, "approve-payroll", "jiangpu-s001", denied: true);
        unnamed.Reason = "a-code-the-console-does-not-know";
        var done = Record(1, 10, "prepare-payroll", "jiangpu-s002");
        done.Reason = "2026-11";
        Keeps("hr-payroll", unnamed, refused, done);

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=audit-record]").Count));
        var rows = Shown(page);
        Assert.Contains("a-code-the-console-does-not-know", rows[0], StringComparison.Ordinal);
        Assert.DoesNotContain("separation-of-duties", rows[1], StringComparison.Ordinal);
        Assert.Contains("职责分离", rows[1], StringComparison.Ordinal);
        Assert.Contains("2026-11", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_search_is_handed_on_as_a_workbook_one_row_a_record_with_the_time_to_the_second()
    {
        AsDirector();
        // More than a page: the workbook holds every record of the search, not the fifty shown.
        Keeps("review", [.. Enumerable.Range(3, 58).Select(id => Record(id, 30 + id, "pass", "jiangpu-s021")), Record(2, 30, "return", "jiangpu-s022"), Record(1, 10, "pass", "jiangpu-s021", denied: true)]);
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Equal(50, page.FindAll("[data-test=audit-record]").Count));

        page.Find("[data-test=export-excel]").Click();

        var (name, content) = Assert.Single(JSInterop.Handed());
        Assert.StartsWith("审计日志（", name, StringComparison.Ordinal);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(content));
        var sheet = workbook.Worksheets.First();
        Assert.Equal("时间", sheet.Cell(1, 1).GetString());
        Assert.Equal(61, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal("2026-12-07 09:30:00", sheet.Cell(60, 1).GetString());
        Assert.Equal("退回补正", sheet.Cell(60, 5).GetString());
        Assert.Equal("已拒绝", sheet.Cell(61, 8).GetString());
    }

    [Fact]
    public void The_whole_search_of_every_service_is_downloaded_as_csv_that_excel_opens_in_chinese()
    {
        AsDirector();
        Keeps("review", [.. Enumerable.Range(1, 55).Select(id => Record(id, id, "pass", "jiangpu-s021"))]);
        var refused = Record(1, 100, "call", "jiangpu-s004", denied: true);
        refused.Reason = "role-required";
        refused.SubjectType = "rpc";
        Keeps("intake", refused);
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Equal(50, page.FindAll("[data-test=audit-record]").Count));

        page.Find("[data-test=audit-export-csv]").Click();

        var (name, content) = Assert.Single(JSInterop.Handed());
        Assert.EndsWith(".csv", name, StringComparison.Ordinal);
        Assert.StartsWith("审计日志（", name, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, content[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("时间,业务系统,人员,角色,动作,对象,对象编号,结果,说明", lines[0]);
        Assert.Equal(57, lines.Length);
        Assert.StartsWith("2026-12-07 10:40:00,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",调用接口,接口,file-1,已拒绝,您的角色无权进行此操作。", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-12-07 09:01:00,业务初审,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_that_does_not_answer_refuses_the_download_rather_than_leave_its_records_out()
    {
        AsDirector();
        Keeps("review", Record(1, 10, "pass", "jiangpu-s021"));
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=audit-record]")));
        _services.RefuseOn("intake", new Google.Rpc.Status { Code = (int)StatusCode.Unavailable, Message = "no route" });

        page.Find("[data-test=audit-export-csv]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-test=audit-export-refusal]")));
        Assert.Empty(JSInterop.Handed());
    }

    [Fact]
    public void The_next_page_goes_on_where_each_service_stopped_and_the_previous_one_is_shown_as_it_was()
    {
        AsDirector();
        Keeps("review", [.. Enumerable.Range(1, 60).Select(i => Record(i, i, "pass", "jiangpu-s022"))]);
        Keeps("intake", [.. Enumerable.Range(1, 30).Select(i => Record(i, i + 0.5, "accept", "jiangpu-s004"))]);
        var page = Render<AuditLog>();
        page.WaitForAssertion(() => Assert.Equal(50, page.FindAll("[data-test=audit-record]").Count));
        var first = Shown(page);

        page.Find("[data-test=page-next]").Click();
        page.WaitForAssertion(() => Assert.Equal(40, page.FindAll("[data-test=audit-record]").Count));
        var second = Shown(page);
        page.Find("[data-test=page-previous]").Click();

        Assert.Equal(90, first.Concat(second).Distinct().Count());
        Assert.Equal(first, Shown(page));
        Assert.True(page.Find("[data-test=page-previous]").HasAttribute("disabled"));
        // Each service was asked again only from after the last of its records already read.
        var reviewAsks = _services.SentTo.Where(s => s.Host == "review").Select(s => ((SearchAuditRequest)s.Request).BeforeId).ToList();
        Assert.Equal([0L, 11L], reviewAsks);
    }

    [Fact]
    public void Acts_of_two_services_within_one_second_are_shown_in_the_order_they_happened()
    {
        AsDirector();
        // The clerk accepts at .200, review assigns at .450 and refuses a pass at .700, all in 09:00:05.
        Keeps("intake", Precise(1, 200, "accept"));
        Keeps("review", Precise(2, 700, "pass", denied: true), Precise(1, 450, "assign"));

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=audit-record]").Count));
        Assert.Equal(["pass", "assign", "accept"], page.FindAll("[data-test=audit-record]").Select(r => r.GetAttribute("data-action")));
    }

    [Fact]
    public void A_service_that_cannot_answer_is_named_and_the_others_are_still_shown()
    {
        AsDirector();
        Keeps("review", Record(1, 10, "pass", "jiangpu-s022"));
        _services.RefuseOn("hr-payroll", new Google.Rpc.Status { Code = (int)StatusCode.Unavailable, Message = "no route" });

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Contains("人事薪酬", page.Find("[data-test=audit-unavailable]").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-test=audit-record]"));
    }

    [Fact]
    public void A_search_the_services_refuse_is_said_in_chinese_with_its_field()
    {
        AsDirector();
        _services.Refuse(new Google.Rpc.Status
        {
            Code = (int)StatusCode.InvalidArgument,
            Message = "A search spans at most 366 days.",
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "period-too-long", Domain = "onewindow" }),
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.BadRequest { FieldViolations = { new Google.Rpc.BadRequest.Types.FieldViolation { Field = "from", Description = "too long" } } }),
            },
        });

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal("查询的时间跨度不能超过一年，请缩短日期范围。（请检查：开始日期）", page.Find("[data-test=audit-refusal]").TextContent));
        Assert.Empty(page.FindAll("[data-test=audit-record]"));
    }

    [Fact]
    public void The_district_admin_sees_each_records_centre_and_may_name_one()
    {
        AddAuthorization().SetAuthorized("yangpu-admin").SetRoles("district-admin").SetClaims(new Claim("sub", "yangpu-admin"));
        Keeps("policy-law", Record(1, 10, "publish-item-version", "yangpu-admin", centre: ""), Record(2, 20, "approve", "jiangpu-s031"));

        var page = Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=audit-record]").Count));
        Assert.NotNull(page.Find("[data-test=audit-centre]"));
        Assert.Contains("jiangpu", page.FindAll("[data-test=audit-record]")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("区级", page.FindAll("[data-test=audit-record]")[1].TextContent, StringComparison.Ordinal);
    }

    private void AsDirector() =>
        AddAuthorization().SetAuthorized("jiangpu-s001").SetRoles("director").SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", "jiangpu-s001"));

    /// <summary>A service's trail, newest first, answered a page at a time as the service pages it (by id).</summary>
    private void Keeps(string service, params AuditRecord[] records) =>
        _services.AnswerOn<SearchAuditRequest, SearchAuditReply>(service, request =>
        {
            var older = records.Where(r => request.BeforeId == 0 || r.Id < request.BeforeId).OrderByDescending(r => r.Id).ToList();
            var reply = new SearchAuditReply { More = older.Count > request.PageSize };
            reply.Records.AddRange(older.Take(request.PageSize));
            return reply;
        });

    private static AuditRecord Record(long id, double minute, string action, string actor, bool denied = false, string centre = "jiangpu") => new()
    {
        Id = id,
        At = Morning.AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        Actor = actor,
        ActorRoles = "reviewer",
        Centre = centre,
        Action = action,
        SubjectType = "file",
        SubjectId = $"file-{id}",
        Outcome = denied ? "denied" : "done",
    };

    private static AuditRecord Precise(long id, int millisecond, string action, bool denied = false)
    {
        var record = Record(id, 0, action, "jiangpu-s022", denied);
        record.At = Morning.AddSeconds(5).AddMilliseconds(millisecond).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
        return record;
    }

    private static List<string> Shown(IRenderedComponent<AuditLog> page) =>
        [.. page.FindAll("[data-test=audit-record]").Select(r => r.TextContent)];

    private static int DayNumber(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;
}
