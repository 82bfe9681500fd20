using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Events;
using OneWindow.Notification.Domain;

namespace OneWindow.Notification.Tests;

public sealed class TemplateApiTests(NotificationFactory notification) : IClassFixture<NotificationFactory>
{
    [Fact]
    public async Task The_district_has_chinese_wording_of_every_kind_for_the_app_and_sms_or_the_staff_inbox()
    {
        var clerk = notification.StaffOf(NotificationFactory.NewCentre(), "clerk-1", "clerk");
        var listed = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/templates");
        var kinds = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/kinds");

        var chinese = listed.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("district"))
            .Where(t => t.Str("locale") == "zh-CN").Select(t => (t.Str("kind"), t.Str("channel"))).ToHashSet();
        foreach (var kind in kinds.GetProperty("kinds").EnumerateArray())
        {
            string[] channels = kind.Str("audience") == "resident" ? ["CHANNEL_SMS", "CHANNEL_APP"] : ["CHANNEL_STAFF_INBOX"];
            Assert.All(channels, channel => Assert.Contains((kind.Str("code"), channel), chinese));
        }
    }

    [Fact]
    public async Task A_district_admin_saves_a_new_version_and_new_notices_use_it()
    {
        var admin = notification.ClientFor("yangpu-admin", ["district-admin"], tenant: null);
        var body = "【{{centre_name}}】{{item_name}}已办结，送达：{{delivery_method}}。（新版）";

        var saved = await admin.PutAsJsonAsync("/v1/templates/result-ready/sms/zh-CN", new { title = "办结", body, centreOverridesAllowed = true }).OkAsync();
        var history = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/templates/result-ready/sms/zh-CN");

        Assert.True(saved.GetProperty("version").GetInt32() >= 2);
        Assert.Equal(["centre_name", "delivery_method", "item_name"], saved.GetProperty("variables").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(saved.GetProperty("version").GetInt32(), history.GetProperty("district").GetArrayLength());
    }

    [Theory]
    [InlineData("请携带{{materails}}", "unknown-variable")]
    [InlineData("请携带{{materials}", "template-syntax")]
    [InlineData("{{#materials}}{{.}}", "template-syntax")]
    public async Task A_template_with_an_unknown_variable_or_broken_syntax_is_refused_and_nothing_is_saved(string body, string code)
    {
        var admin = notification.ClientFor("yangpu-admin", ["district-admin"], tenant: null);
        var before = await notification.QueryAsync(null, db => db.Templates.CountAsync());

        var response = await admin.PutAsJsonAsync("/v1/templates/file-returned/sms/zh-CN", new { title = "补正", body });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains(code, problem, StringComparison.Ordinal);
        Assert.Contains("body", problem, StringComparison.Ordinal);
        Assert.Equal(before, await notification.QueryAsync(null, db => db.Templates.CountAsync()));
    }

    [Theory]
    [InlineData("/v1/templates/file-returned/fax/zh-CN", "channel")]
    [InlineData("/v1/templates/no-such-kind/sms/zh-CN", "kind")]
    [InlineData("/v1/templates/file-returned/sms/fr", "locale")]
    public async Task A_template_for_what_does_not_exist_is_refused_naming_the_field(string url, string field)
    {
        var response = await notification.ClientFor("yangpu-admin", ["district-admin"], tenant: null).PutAsJsonAsync(url, new { title = "t", body = "{{centre_name}}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("director")]
    [InlineData("clerk")]
    public async Task Only_a_district_admin_changes_the_districts_wording(string role)
    {
        var response = await notification.StaffOf(NotificationFactory.NewCentre(), "someone", role)
            .PutAsJsonAsync("/v1/templates/file-returned/sms/zh-CN", new { title = "t", body = "{{centre_name}}{{item_name}}{{materials}}" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_directors_wording_reaches_the_centres_residents_and_no_other_centre_while_their_text_message_is_tencents_approved_template()
    {
        var (mine, other) = (NotificationFactory.NewCentre(), NotificationFactory.NewCentre());
        var director = notification.StaffOf(mine, $"{mine}-s001", "director");
        await director.PutAsJsonAsync("/v1/centre-templates/file-returned/app/zh-CN",
            new { body = "【本街道】{{item_name}}还差：{{materials}}（第{{return_round}}次）。{{#reason}}{{reason}}。{{/reason}}补齐到{{centre_name}}任一窗口即可。" }).OkAsync();
        var (_, _, mineFile, _) = await notification.AcceptedFileAsync(mine);
        var (_, _, otherFile, _) = await notification.AcceptedFileAsync(other);

        await notification.PublishAsync(Returned(mine, mineFile), "review");
        await notification.PublishAsync(Returned(other, otherFile), "review");

        await notification.EventuallyAsync(mine, db => db.Deliveries.AnyAsync(d => d.FileId == mineFile && d.Channel == Channel.Sms));
        await notification.EventuallyAsync(other, db => db.Deliveries.AnyAsync(d => d.FileId == otherFile && d.Channel == Channel.Sms));
        var mineApp = await notification.QueryAsync(mine, db => db.Deliveries.SingleAsync(d => d.FileId == mineFile && d.Channel == Channel.App));
        var otherApp = await notification.QueryAsync(other, db => db.Deliveries.SingleAsync(d => d.FileId == otherFile && d.Channel == Channel.App));
        var mineSms = await notification.QueryAsync(mine, db => db.Deliveries.SingleAsync(d => d.FileId == mineFile && d.Channel == Channel.Sms));
        Assert.True(mineApp.CentreWording);
        Assert.StartsWith("【本街道】", mineApp.Body, StringComparison.Ordinal);
        Assert.False(otherApp.CentreWording);
        // Tencent sends only approved templates: the text is the district's template after the account's signature.
        Assert.StartsWith("【杨浦区社区事务受理】您申请的最低生活保障年审需补正材料（第1次）", mineSms.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("【本街道】{{item_name}}请来一趟。", "{{materials}}")]
    [InlineData("【本街道】{{item_name}}还差：{{materials}}（第{{return_round}}次），补齐到任一窗口即可。", "{{centre_name}}, {{reason}}")]
    public async Task A_centre_cannot_drop_what_the_districts_return_notice_tells(string body, string dropped)
    {
        var director = notification.StaffOf(NotificationFactory.NewCentre(), "d-1", "director");

        var response = await director.PutAsJsonAsync("/v1/centre-templates/file-returned/sms/zh-CN", new { body });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("override-drops-variable", problem, StringComparison.Ordinal);
        Assert.Contains("\"body\"", problem, StringComparison.Ordinal);
        Assert.Contains(dropped, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_renders_samples_or_given_values_without_saving()
    {
        var clerk = notification.StaffOf(NotificationFactory.NewCentre(), "clerk-1", "clerk");

        var preview = await clerk.PostAsJsonAsync("/v1/templates:preview", new
        {
            kind = "file-returned", channel = "CHANNEL_SMS", body = "请携带：{{materials}}，第{{return_round}}次",
            values = new Dictionary<string, string> { ["materials"] = "户口簿|身份证", ["return_round"] = "2" },
        }).OkAsync();
        var bad = await clerk.PostAsJsonAsync("/v1/templates:preview", new { kind = "file-returned", channel = "CHANNEL_SMS", body = "{{return_round}}", values = new Dictionary<string, string> { ["return_round"] = "two" } });

        Assert.Equal("请携带：户口簿、身份证，第2次", preview.Str("text"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("values.return_round", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_previewing_a_return_notice_reads_it_with_the_name_of_their_own_centre()
    {
        var reviewer = notification.StaffOf("jiangpu", "reviewer-1", "reviewer");

        var preview = await reviewer.PostAsJsonAsync("/v1/templates:preview", new
        {
            kind = "file-returned", channel = "CHANNEL_SMS", body = "【{{centre_name}}】请携带：{{materials}}",
            values = new Dictionary<string, string> { ["materials"] = "户口簿" },
        }).OkAsync();

        Assert.Equal("【江浦路街道社区事务受理服务中心】请携带：户口簿", preview.Str("text"));
        // What the phone will show: Tencent's approved template with the same values (samples where none are given).
        Assert.Equal("【杨浦区社区事务受理】您申请的示例需补正材料（第2次）。请携带：户口簿。说明：示例。补齐后到江浦路街道社区事务受理服务中心任一窗口递交即可，一次告知，不再往返。",
            preview.Str("sentText"));
    }

    private static ApplicationReviewed Returned(string centre, Guid fileId) => new()
    {
        OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", ItemVersion = 1,
        Outcome = Common.Vocabulary.ReviewOutcome.Returned, ReviewerStaffId = "reviewer-1", AcceptingClerkStaffId = "clerk-1", ReturnRound = 1,
        MissingMaterialCodes = ["hukou-book"],
    };
}
