using System.Net;
using System.Net.Http.Json;
using OneWindow.Common.Time;

namespace OneWindow.PolicyLaw.Tests;

public sealed class CatalogueTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    private static string Tomorrow => CatalogueDates.Format(ChinaTime.Today(TimeProvider.System).AddDays(1));

    [Fact]
    public async Task A_resident_reads_a_guide_without_signing_in()
    {
        var guide = await (await policyLaw.Anonymous().GetAsync("/v1/guides/dibao")).ReadAsync();

        Assert.Equal("最低生活保障申请", guide.GetProperty("name").GetString());
        Assert.Equal(30, guide.GetProperty("timeLimitWorkingDays").GetInt32());
        Assert.Contains(guide.GetProperty("materials").EnumerateArray(), m => m.GetProperty("name").GetString() == "户口簿");
        Assert.NotEmpty(guide.GetProperty("legalBasis").GetString()!);
    }

    [Fact]
    public async Task The_printable_guide_lists_materials_time_limit_and_legal_basis_in_chinese()
    {
        var response = await policyLaw.Anonymous().GetAsync("/v1/guides/public-rental-review/print");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("公租房年审 服务指南", html, StringComparison.Ordinal);
        Assert.Contains("办理要件", html, StringComparison.Ordinal);
        Assert.Contains("公租房租赁合同", html, StringComparison.Ordinal);
        Assert.Contains("15个工作日", html, StringComparison.Ordinal);
        Assert.Contains("法律依据", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_catalogue_has_at_least_fifty_guides()
    {
        var guides = await (await policyLaw.Anonymous().GetAsync("/v1/guides")).ReadAsync();

        Assert.True(guides.GetProperty("guides").GetArrayLength() >= 50);
    }

    [Fact]
    public async Task An_unknown_item_is_404_naming_the_code()
    {
        var response = await policyLaw.Anonymous().GetAsync("/v1/guides/no-such-item");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Staff_lists_need_a_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await policyLaw.Anonymous().GetAsync("/v1/items")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await policyLaw.ClerkOf("jiangpu").GetAsync("/v1/items")).StatusCode);
    }

    [Fact]
    public async Task A_new_version_takes_effect_on_its_date_and_files_keep_the_version_they_were_accepted_under()
    {
        var admin = policyLaw.DistrictAdminClient();
        await CreateItemAsync(admin, "test-versioned");
        await PublishAsync(admin, "test-versioned", CatalogueDates.Format(ChinaTime.Today(TimeProvider.System)), days: 10).EnsureSuccessAsync();

        var published = await PublishAsync(admin, "test-versioned", Tomorrow, days: 5);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var today = await (await admin.GetAsync("/v1/items/test-versioned")).ReadAsync();
        Assert.Equal(1, today.GetProperty("version").GetInt32());
        Assert.Equal(10, today.GetProperty("terms").GetProperty("timeLimitWorkingDays").GetInt32());
        var pinned = await (await admin.GetAsync("/v1/items/test-versioned?version=2")).ReadAsync();
        Assert.Equal(5, pinned.GetProperty("terms").GetProperty("timeLimitWorkingDays").GetInt32());
        Assert.Equal(2, today.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task A_rule_that_does_not_parse_is_refused_when_saved_with_its_position()
    {
        var admin = policyLaw.DistrictAdminClient();
        await CreateItemAsync(admin, "test-bad-rule");

        var response = await PublishAsync(admin, "test-bad-rule", Tomorrow, days: 5, rule: "Age >= && LocalHukou");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("eligibilityRule", body, StringComparison.Ordinal);
        Assert.Contains("position", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_being_written_is_checked_with_where_it_goes_wrong_and_nothing_is_saved()
    {
        var admin = policyLaw.DistrictAdminClient();

        var broken = await (await admin.PostAsJsonAsync("/v1/rules:validate", new { rule = "Age >= && LocalHukou" })).ReadAsync();
        var unknown = await (await admin.PostAsJsonAsync("/v1/rules:validate", new { rule = "Age >= 70 && ShoeSize > 40" })).ReadAsync();
        var notACondition = await (await admin.PostAsJsonAsync("/v1/rules:validate", new { rule = "Age + 1" })).ReadAsync();
        var right = await (await admin.PostAsJsonAsync("/v1/rules:validate", new { rule = "Age >= 70 && LocalHukou" })).ReadAsync();
        var amount = await (await admin.PostAsJsonAsync("/v1/rules:validate", new { rule = "(1510 - PerCapitaIncome) * HouseholdSize", kind = "RULE_KIND_MONTHLY_AMOUNT" })).ReadAsync();

        Assert.False(broken.TryGetProperty("valid", out var valid) && valid.GetBoolean());
        Assert.Equal("RULE_FAULT_DOES_NOT_PARSE", broken.GetProperty("fault").GetString());
        Assert.Equal(7, broken.GetProperty("position").GetInt32());
        Assert.Equal("RULE_FAULT_UNKNOWN_FACT", unknown.GetProperty("fault").GetString());
        Assert.Equal(13, unknown.GetProperty("position").GetInt32());
        Assert.Contains("ShoeSize", unknown.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("RULE_FAULT_NOT_A_CONDITION", notACondition.GetProperty("fault").GetString());
        Assert.False(notACondition.TryGetProperty("position", out var position) && position.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.True(right.GetProperty("valid").GetBoolean());
        Assert.Equal(["Age", "LocalHukou"], right.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
        Assert.True(amount.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Only_the_district_admin_checks_rules_and_a_bad_kind_names_the_field()
    {
        var clerk = await policyLaw.ClerkOf("jiangpu").PostAsJsonAsync("/v1/rules:validate", new { rule = "Age >= 70" });
        var badKind = await policyLaw.DistrictAdminClient().PostAsJsonAsync("/v1/rules:validate", new { rule = "Age >= 70", kind = 9 });

        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("kind", await badKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_naming_an_unknown_fact_is_refused()
    {
        var admin = policyLaw.DistrictAdminClient();
        await CreateItemAsync(admin, "test-unknown-fact");

        var response = await PublishAsync(admin, "test-unknown-fact", Tomorrow, days: 5, rule: "ShoeSize > 40");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ShoeSize", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_cannot_take_effect_in_the_past()
    {
        var admin = policyLaw.DistrictAdminClient();
        await CreateItemAsync(admin, "test-backdated");

        var response = await PublishAsync(admin, "test-backdated", "2020-01-01", days: 5);

        // A rule refusal is FAILED_PRECONDITION, which JSON transcoding maps to 400; the reason tells it apart.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("effective-date-in-past", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"code":"Bad Code","name":"x","nameEn":"x","category":"x","kind":"ITEM_KIND_ROUTED","windowType":"WINDOW_TYPE_COMPREHENSIVE","scope":"ITEM_SCOPE_PERSON"}""", "code")]
    [InlineData("""{"code":"ok-code","name":"","nameEn":"x","category":"x","kind":"ITEM_KIND_ROUTED","windowType":"WINDOW_TYPE_COMPREHENSIVE","scope":"ITEM_SCOPE_PERSON"}""", "name")]
    [InlineData("""{"code":"ok-code","name":"x","nameEn":"x","category":"x","kind":"ITEM_KIND_UNSPECIFIED","windowType":"WINDOW_TYPE_COMPREHENSIVE","scope":"ITEM_SCOPE_PERSON"}""", "kind")]
    [InlineData("""{"code":"ok-code","name":"x","nameEn":"x","category":"x","kind":"SOMETHING_ELSE","windowType":"WINDOW_TYPE_COMPREHENSIVE","scope":"ITEM_SCOPE_PERSON"}""", null)]
    [InlineData("""{"code":42}""", null)]
    public async Task A_bad_new_item_is_a_400_and_creates_nothing(string body, string? field)
    {
        var response = await policyLaw.DistrictAdminClient().PostAsync("/v1/items", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (field is not null)
        {
            Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await policyLaw.DistrictAdminClient().GetAsync("/v1/items/ok-code")).StatusCode);
    }

    [Fact]
    public async Task Only_the_district_sets_the_standard()
    {
        var response = await policyLaw.DirectorOf("jiangpu").PostAsJsonAsync("/v1/items", NewItem("test-by-director"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_director_disables_an_item_for_their_centre_only()
    {
        var response = await policyLaw.DirectorOf("dinghai").PutAsJsonAsync("/v1/centre-settings/veteran-registration", new { enabled = false, localNote = "请到区退役军人事务局办理", supervisorStaffId = "dinghai-s020" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dinghai = await (await policyLaw.ClerkOf("dinghai").GetAsync("/v1/items/veteran-registration")).ReadAsync();
        var jiangpu = await (await policyLaw.ClerkOf("jiangpu").GetAsync("/v1/items/veteran-registration")).ReadAsync();
        Assert.False(dinghai.TryGetProperty("enabled", out var enabled) && enabled.GetBoolean());
        Assert.Equal("请到区退役军人事务局办理", dinghai.GetProperty("localNote").GetString());
        Assert.Equal("dinghai-s020", dinghai.GetProperty("centreSupervisorStaffId").GetString());
        Assert.True(jiangpu.GetProperty("enabled").GetBoolean());
        Assert.False(jiangpu.TryGetProperty("centreSupervisorStaffId", out var named) && named.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task The_district_reads_the_catalogue_when_two_centres_have_set_the_same_item()
    {
        await policyLaw.DirectorOf("dinghai").PutAsJsonAsync("/v1/centre-settings/elderly-card", new { enabled = true, localNote = "定海路：周三下午专窗" });
        await policyLaw.DirectorOf("pingliang").PutAsJsonAsync("/v1/centre-settings/elderly-card", new { enabled = true, localNote = "平凉路：请带一寸照片" });

        var response = await policyLaw.DistrictAdminClient().GetAsync("/v1/items");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = (await response.ReadAsync()).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "elderly-card");
        Assert.False(item.TryGetProperty("localNote", out var note) && note.GetString() is { Length: > 0 }, "the district's catalogue carries no centre's note");
    }

    [Fact]
    public async Task A_clerk_cannot_change_centre_settings()
    {
        var response = await policyLaw.ClerkOf("jiangpu").PutAsJsonAsync("/v1/centre-settings/dibao", new { enabled = false });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static object NewItem(string code) => new
    {
        code,
        name = "测试事项",
        nameEn = "Test item",
        category = "测试",
        kind = "ITEM_KIND_ROUTED",
        windowType = "WINDOW_TYPE_COMPREHENSIVE",
        scope = "ITEM_SCOPE_HOUSEHOLD",
    };

    private static async Task CreateItemAsync(HttpClient admin, string code) =>
        (await admin.PostAsJsonAsync("/v1/items", NewItem(code))).EnsureSuccessStatusCode();

    private static Task<HttpResponseMessage> PublishAsync(HttpClient admin, string code, string effectiveFrom, int days, string? rule = null) =>
        admin.PostAsJsonAsync($"/v1/items/{code}/versions", new
        {
            effectiveFrom,
            terms = new
            {
                timeLimitWorkingDays = days,
                timeLimited = false,
                legalBasis = "测试依据",
                flowSteps = new[] { "受理", "审批" },
                materials = new[] { new { code = "id-card", name = "身份证", original = true, count = 1 } },
                eligibilityRule = rule,
            },
        });
}

internal static class CatalogueDates
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task EnsureSuccessAsync(this Task<HttpResponseMessage> response)
    {
        var result = await response;
        if (!result.IsSuccessStatusCode)
        {
            Assert.Fail($"{(int)result.StatusCode}: {await result.Content.ReadAsStringAsync()}");
        }
    }
}
