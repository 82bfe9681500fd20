using OneWindow.Common.Errors;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Templates;

namespace OneWindow.Notification.Tests.Domain;

public sealed class TemplateLanguageTests
{
    private static readonly NotificationKind Returned = NotificationKinds.Get(NotificationKinds.FileReturned);
    private static readonly NotificationKind Approved = NotificationKinds.Get(NotificationKinds.FileApproved);
    private static readonly NotificationKind ReviewDue = NotificationKinds.Get(NotificationKinds.ReviewDue);

    public static TheoryData<string, string> ReturnedRenderings => new()
    {
        { "请携带：{{materials}}。", "请携带：户口簿、家庭成员收入证明。" },
        { "{{#materials}}{{@index}}. {{.}}\n{{/materials}}", "1. 户口簿\n2. 家庭成员收入证明\n" },
        { "第{{return_round}}次退回", "第2次退回" },
        { "{{#reason}}说明：{{reason}}{{/reason}}{{^reason}}无说明{{/reason}}", "无说明" },
        { "{{ item_name }}（{{centre_name}}）", "最低生活保障年审（江浦路）" },
        { "no tags at all", "no tags at all" },
        { "a lone } and { stay", "a lone } and { stay" },
    };

    [Theory]
    [MemberData(nameof(ReturnedRenderings))]
    public void A_return_notice_renders_its_typed_variables(string body, string expected)
    {
        var values = new TemplateValues()
            .Text("centre_name", "江浦路").Text("item_name", "最低生活保障年审")
            .List("materials", ["户口簿", "家庭成员收入证明"]).Count("return_round", 2);

        var text = TemplateSyntax.Parse(body, Returned).Render(Returned, values, Locales.Chinese);

        Assert.Equal(expected, text);
    }

    public static TheoryData<bool, string?, string> ApprovalRenderings => new()
    {
        { true, null, "网格员送达上门" },
        { false, null, "邮寄送达" },
        { true, "材料齐全", "网格员送达上门；材料齐全" },
    };

    [Theory]
    [MemberData(nameof(ApprovalRenderings))]
    public void Flags_and_optional_variables_choose_the_sections_shown(bool home, string? reason, string expected)
    {
        const string Body = "{{#home_delivery}}网格员送达上门{{/home_delivery}}{{^home_delivery}}{{delivery_method}}{{/home_delivery}}{{#reason}}；{{reason}}{{/reason}}";
        var values = new TemplateValues().Text("centre_name", "c").Text("item_name", "i").Text("delivery_method", "邮寄送达").Flag("home_delivery", home).Text("reason", reason);

        Assert.Equal(expected, TemplateSyntax.Parse(Body, Approved).Render(Approved, values, Locales.Chinese));
    }

    public static TheoryData<string, string, string> Formats => new()
    {
        { Locales.Chinese, "{{due_on}}到期：{{items}}", "2026年12月1日到期：最低生活保障年审、公租房年审" },
        { Locales.English, "due {{due_on}}: {{items}}", "due 1 Dec 2026: 最低生活保障年审, 公租房年审" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Dates_and_lists_are_written_in_the_template_language(string locale, string body, string expected)
    {
        var values = new TemplateValues().Text("centre_name", "c").List("items", ["最低生活保障年审", "公租房年审"]).Date("due_on", new DateOnly(2026, 12, 1));

        Assert.Equal(expected, TemplateSyntax.Parse(body, ReviewDue).Render(ReviewDue, values, locale));
    }

    [Theory]
    [InlineData("请携带{{materails}}", "unknown-variable", "line 1, column 4")]
    [InlineData("请携带{{materials}", "template-syntax", "never closed")]
    [InlineData("{{#materials}}{{.}}", "template-syntax", "never closed with {{/materials}}")]
    [InlineData("{{/materials}}", "template-syntax", "never opened")]
    [InlineData("{{#materials}}{{/reason}}", "template-syntax", "does not match")]
    [InlineData("{{.}}", "template-syntax", "outside a section over a list")]
    [InlineData("{{#reason}}{{@index}}{{/reason}}", "template-syntax", "outside a section over a list")]
    [InlineData("x\n{{}}", "template-syntax", "line 2, column 1")]
    [InlineData("{{#phone}}{{/phone}}", "unknown-variable", "offers centre_name")]
    public void A_template_with_an_unknown_variable_or_broken_syntax_is_refused_with_where(string body, string code, string message)
    {
        var refusal = Assert.Throws<DomainException>(() => TemplateSyntax.Parse(body, Returned));

        Assert.Equal(code, refusal.Code);
        Assert.Equal("body", refusal.Field);
        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_is_used_as_a_section_not_inserted()
    {
        var refusal = Assert.Throws<DomainException>(() => TemplateSyntax.Parse("{{home_delivery}}", Approved));

        Assert.Contains("#home_delivery", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_a_template_adds_a_version_and_records_its_variables()
    {
        var first = Template.Save(Guid.NewGuid(), Returned.Code, Channel.Sms, Locales.Chinese, "补正", "{{item_name}}：{{materials}}", true, 0, "admin", DateTimeOffset.UnixEpoch);
        var second = Template.Save(Guid.NewGuid(), Returned.Code, Channel.Sms, Locales.Chinese, "补正", "{{item_name}}：{{materials}}（{{centre_name}}）", true, first.Version, "admin", DateTimeOffset.UnixEpoch);

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.Equal(["centre_name", "item_name", "materials"], second.Variables);
    }

    [Theory]
    [InlineData("file-returned", Channel.StaffInbox, "zh-CN", "channel-not-offered", "channel")]
    [InlineData("no-such-kind", Channel.Sms, "zh-CN", "unknown-kind", "kind")]
    [InlineData("file-returned", Channel.Sms, "fr", "unknown-locale", "locale")]
    public void A_template_for_a_kind_channel_or_language_that_does_not_exist_is_refused(string kind, Channel channel, string locale, string code, string field)
    {
        var refusal = Assert.Throws<DomainException>(() => Template.Save(Guid.NewGuid(), kind, channel, locale, "t", "{{centre_name}}", false, 0, "admin", DateTimeOffset.UnixEpoch));

        Assert.Equal((code, field), (refusal.Code, refusal.Field));
    }

    [Fact]
    public void An_sms_template_longer_than_a_phone_shows_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Template.Save(Guid.NewGuid(), Returned.Code, Channel.Sms, Locales.Chinese, "t", new string('字', 501), false, 0, "a", DateTimeOffset.UnixEpoch));

        Assert.Equal("body-too-long", refusal.Code);
    }

    [Fact]
    public void A_centre_may_reword_but_not_drop_what_the_district_tells()
    {
        var district = Template.Save(Guid.NewGuid(), Returned.Code, Channel.Sms, Locales.Chinese, "补正", "{{item_name}}请携带{{materials}}", true, 0, "admin", DateTimeOffset.UnixEpoch);

        var reworded = CentreTemplate.Save(Guid.NewGuid(), district, "", "【江浦路】{{item_name}}还差：{{materials}}，补齐即可办理。", 0, "director", DateTimeOffset.UnixEpoch);
        var dropped = Assert.Throws<DomainException>(() => CentreTemplate.Save(Guid.NewGuid(), district, "", "{{item_name}}请来一趟", 0, "director", DateTimeOffset.UnixEpoch));

        Assert.True(reworded.Keeps(district));
        Assert.Equal("补正", reworded.Title);
        Assert.Equal(("override-drops-variable", DomainErrorKind.RuleViolated), (dropped.Code, dropped.Kind));
        Assert.Contains("{{materials}}", dropped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_centre_wording_gives_way_when_the_district_adds_a_fact()
    {
        var first = Template.Save(Guid.NewGuid(), Returned.Code, Channel.Sms, Locales.Chinese, "补正", "{{item_name}}请携带{{materials}}", true, 0, "admin", DateTimeOffset.UnixEpoch);
        var centre = CentreTemplate.Save(Guid.NewGuid(), first, "", "{{item_name}}：{{materials}}", 0, "director", DateTimeOffset.UnixEpoch);
        var second = Template.Save(Guid.NewGuid(), Returned.Code, Channel.Sms, Locales.Chinese, "补正", "{{item_name}}第{{return_round}}次，请携带{{materials}}", true, 1, "admin", DateTimeOffset.UnixEpoch);

        Assert.False(centre.Keeps(second));
    }

    [Fact]
    public void A_notice_the_district_words_alike_for_every_centre_cannot_be_adapted()
    {
        var district = Template.Save(Guid.NewGuid(), NotificationKinds.FileRejected, Channel.Sms, Locales.Chinese, "t", "{{item_name}}：{{reason}}", false, 0, "admin", DateTimeOffset.UnixEpoch);

        var refusal = Assert.Throws<DomainException>(() => CentreTemplate.Save(Guid.NewGuid(), district, "", "{{item_name}}：{{reason}}。", 0, "director", DateTimeOffset.UnixEpoch));

        Assert.Equal("override-not-allowed", refusal.Code);
    }
}
