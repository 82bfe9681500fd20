using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>Guides as a centre shows them (一街一策) and as a resident finds them, read without signing in.</summary>
public sealed class GuideTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    [Fact]
    public async Task A_centres_guide_shows_its_local_note_and_the_district_guide_read_before_and_after_stays_without_it()
    {
        var district = await (await policyLaw.Anonymous().GetAsync("/v1/guides/elderly-allowance")).ReadAsync();
        await policyLaw.DirectorOf("yinhang").PutAsJsonAsync("/v1/centre-settings/elderly-allowance", new { enabled = true, localNote = "殷行：二楼 3 号窗口，周三下午专窗" }).EnsureSuccessAsync();

        var atKiosk = await (await policyLaw.Anonymous().GetAsync("/v1/guides/elderly-allowance?centre=yinhang")).ReadAsync();
        var ofClerk = await (await policyLaw.ClerkOf("yinhang").GetAsync("/v1/guides/elderly-allowance?centre=yinhang")).ReadAsync();
        var clerkUnnamed = await (await policyLaw.ClerkOf("yinhang").GetAsync("/v1/guides/elderly-allowance")).ReadAsync();
        var districtAgain = await (await policyLaw.Anonymous().GetAsync("/v1/guides/elderly-allowance")).ReadAsync();

        Assert.Null(NoteOf(district));
        Assert.Equal("殷行：二楼 3 号窗口，周三下午专窗", NoteOf(atKiosk));
        Assert.Equal("yinhang", atKiosk.GetProperty("centre").GetString());
        Assert.Equal("/api/policy-law/v1/guides/elderly-allowance/print?centre=yinhang", atKiosk.GetProperty("printableUrl").GetString());
        Assert.Equal("殷行：二楼 3 号窗口，周三下午专窗", NoteOf(ofClerk));
        Assert.Null(NoteOf(districtAgain));
        Assert.Null(NoteOf(clerkUnnamed));
        Assert.Equal("/api/policy-law/v1/guides/elderly-allowance/print", districtAgain.GetProperty("printableUrl").GetString());
        Assert.Null(NoteOf(await (await policyLaw.Anonymous().GetAsync("/v1/guides/elderly-allowance?centre=xinjiangwan")).ReadAsync()));
    }

    [Fact]
    public async Task A_centre_that_does_not_take_an_item_leaves_it_out_of_its_list_and_says_where_to_go_on_its_guide()
    {
        await policyLaw.Anonymous().GetAsync("/v1/guides");
        await policyLaw.DirectorOf("wujiaochang").PutAsJsonAsync("/v1/centre-settings/veteran-registration", new { enabled = false, localNote = "请到区退役军人事务局（政通路 240 号）办理" }).EnsureSuccessAsync();

        var centreList = await CodesAsync("/v1/guides?centre=wujiaochang");
        var districtList = await CodesAsync("/v1/guides");
        var guide = await (await policyLaw.Anonymous().GetAsync("/v1/guides/veteran-registration?centre=wujiaochang")).ReadAsync();
        var printed = await (await policyLaw.Anonymous().GetAsync("/v1/guides/veteran-registration/print?centre=wujiaochang")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("veteran-registration", centreList);
        Assert.Contains("veteran-subsidy", centreList);
        Assert.Contains("veteran-registration", districtList);
        Assert.True(guide.GetProperty("notOffered").GetBoolean());
        Assert.Contains("本中心暂不受理此事项", printed, StringComparison.Ordinal);
        Assert.Contains("请到区退役军人事务局（政通路 240 号）办理", printed, StringComparison.Ordinal);
        Assert.Contains("退役证", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printable_guide_of_a_centre_carries_its_note_and_fits_an_a4_sheet()
    {
        await policyLaw.DirectorOf("changbai").PutAsJsonAsync("/v1/centre-settings/dibao", new { enabled = true, localNote = "长白：请先到一楼政策咨询窗口预约" }).EnsureSuccessAsync();

        var response = await policyLaw.Anonymous().GetAsync("/v1/guides/dibao/print?centre=changbai");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("本中心提示：</strong>长白：请先到一楼政策咨询窗口预约", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">份数</th>", html, StringComparison.Ordinal);
        Assert.Contains("30个工作日", html, StringComparison.Ordinal);
        Assert.DoesNotContain("长白", await (await policyLaw.Anonymous().GetAsync("/v1/guides/dibao/print")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("老人", "elderly-allowance")]
    [InlineData("高龄", "elderly-allowance")]
    [InlineData("残疾", "disability-card")]
    [InlineData("退役证", "veteran-registration")]
    [InlineData("高龄 补贴", "elderly-allowance")]
    public async Task A_resident_finds_guides_by_the_words_they_type(string query, string expected)
    {
        var found = await GuidesAsync($"/v1/guides?query={Uri.EscapeDataString(query)}");

        Assert.Contains(expected, found.Select(g => g.GetProperty("code").GetString()));
        var words = query.Split(' ');
        Assert.All(found, guide => Assert.All(words, word => Assert.Contains(word, TextOf(guide), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Guides_named_by_the_words_come_before_those_that_only_mention_them()
    {
        var found = await GuidesAsync($"/v1/guides?query={Uri.EscapeDataString("残疾人证")}");

        Assert.Equal("disability-card", found[0].GetProperty("code").GetString());
        Assert.True(found.Count > 1, "items that ask for a 残疾人证 among their materials are found too");
        Assert.All(found.Skip(1), g => Assert.DoesNotContain("残疾人证", g.GetProperty("name").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Words_no_guide_contains_find_nothing_and_a_centre_search_leaves_out_what_it_does_not_take()
    {
        await policyLaw.DirectorOf("kongjiang").PutAsJsonAsync("/v1/centre-settings/disability-card", new { enabled = false }).EnsureSuccessAsync();

        Assert.Empty(await GuidesAsync($"/v1/guides?query={Uri.EscapeDataString("宠物登记")}"));
        var atCentre = await GuidesAsync($"/v1/guides?centre=kongjiang&query={Uri.EscapeDataString("残疾")}");
        Assert.DoesNotContain("disability-card", atCentre.Select(g => g.GetProperty("code").GetString()));
        Assert.NotEmpty(atCentre);
    }

    [Theory]
    [InlineData("/v1/guides?centre=Not%20A%20Centre", "centre")]
    [InlineData("/v1/guides/dibao?centre=%E4%B8%AD%E5%BF%83", "centre")]
    [InlineData("/v1/guides/dibao/print?centre=BAD!", "centre")]
    public async Task A_centre_that_is_not_a_centre_code_is_a_400_naming_the_field(string path, string field)
    {
        var response = await policyLaw.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_longer_than_fifty_characters_is_a_400_naming_the_query()
    {
        var response = await policyLaw.Anonymous().GetAsync($"/v1/guides?query={new string('老', 51)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string TextOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Join('\n', element.EnumerateObject().Select(p => TextOf(p.Value))),
        JsonValueKind.Array => string.Join('\n', element.EnumerateArray().Select(TextOf)),
        _ => string.Empty,
    };

    private static string? NoteOf(JsonElement guide) =>
        guide.TryGetProperty("localNote", out var note) && note.ValueKind == JsonValueKind.String ? note.GetString() : null;

    private async Task<List<JsonElement>> GuidesAsync(string path) =>
        [.. (await (await policyLaw.Anonymous().GetAsync(path)).ReadAsync()).GetProperty("guides").EnumerateArray()];

    private async Task<List<string?>> CodesAsync(string path) => [.. (await GuidesAsync(path)).Select(g => g.GetProperty("code").GetString())];
}
