using System.Net;
using System.Net.Http.Json;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>
/// A well-formed request the facts' definitions refuse is a failed precondition (RuleViolated, 422 in the problem
/// details of the REST face), which gRPC's JSON face answers with 400 and the refusal's code naming the field.
/// Facts defined as data by the district: a name rules write, a Chinese label and unit, a type and the source field it
/// is read from; versioned and audited; a clash of type refused, a rule reading an undefined fact refused, nothing kept.
/// </summary>
public sealed class FactDefinitionTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    [Fact]
    public async Task A_fact_defined_by_the_district_is_listed_and_a_rule_reads_it_under_its_chinese_name()
    {
        var admin = policyLaw.DistrictAdminClient();
        var name = NewName("OlderPeople");

        var defined = await (await admin.PostAsJsonAsync("/v1/eligibility/facts", new { name, label = "家中老人人数", type = "FACT_TYPE_NUMBER", unit = "人", source = "facts.elderly_members" })).ReadAsync();
        var check = await (await admin.PostAsJsonAsync("/v1/rules:validate", new { rule = $"{name} >= 1 && LocalHukou" })).ReadAsync();
        var list = await (await policyLaw.ClerkOf("jiangpu").GetAsync("/v1/eligibility/facts")).ReadAsync();

        Assert.Equal(1, defined.GetProperty("version").GetInt32());
        Assert.Equal("yangpu-admin", defined.Str("definedBy"));
        Assert.True(check.GetProperty("valid").GetBoolean());
        Assert.Contains(name, check.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(list.GetProperty("facts").EnumerateArray(), f => f.Str("name") == name && f.Str("label") == "家中老人人数");
        Assert.Contains(list.GetProperty("facts").EnumerateArray(), f => f.Str("name") == "PerCapitaIncome" && f.GetProperty("builtIn").GetBoolean());
        Assert.Contains("facts.elderly_members", list.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_rule_using_a_defined_fact_is_published_and_its_clause_reads_the_districts_label_and_unit()
    {
        var admin = policyLaw.DistrictAdminClient();
        var name = NewName("OlderPeople");
        (await admin.PostAsJsonAsync("/v1/eligibility/facts", new { name, label = "家中老人人数", type = "FACT_TYPE_NUMBER", unit = "人", source = "facts.elderly_members" })).EnsureSuccessStatusCode();
        var item = $"test-{Guid.NewGuid():N}"[..20];
        (await admin.PostAsJsonAsync("/v1/items", new { code = item, name = "测试事项", nameEn = "Test", category = "测试", kind = "ITEM_KIND_ROUTED", windowType = "WINDOW_TYPE_COMPREHENSIVE", scope = "ITEM_SCOPE_HOUSEHOLD" })).EnsureSuccessStatusCode();
        var publish = await admin.PostAsJsonAsync($"/v1/items/{item}/versions", new
        {
            effectiveFrom = OneWindow.Common.Time.ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            terms = Terms($"{name} >= 2"),
        });
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());

        var result = await (await policyLaw.ClerkOf("jiangpu").PostAsJsonAsync("/v1/eligibility:evaluate", new { itemCode = item, facts = new { elderlyMembers = 1 } })).ReadAsync();

        Assert.Equal("ELIGIBILITY_OUTCOME_NOT_ELIGIBLE", result.Str("outcome"));
        Assert.Equal("家中老人人数 1 人，不低于 2 人：不符合", Assert.Single(result.GetProperty("clauses").EnumerateArray()).Str("text"));
    }

    [Fact]
    public async Task A_fact_whose_type_clashes_with_its_source_field_is_refused_naming_the_type_and_nothing_is_kept()
    {
        var admin = policyLaw.DistrictAdminClient();
        var name = NewName("Elderly");

        var clash = await admin.PostAsJsonAsync("/v1/eligibility/facts", new { name, label = "有老人", type = "FACT_TYPE_YES_NO", source = "facts.elderly_members" });

        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        var body = await clash.Content.ReadAsStringAsync();
        Assert.Contains("fact-type-clash", body, StringComparison.Ordinal);
        Assert.Contains("\"type\"", body, StringComparison.Ordinal);
        var list = await (await admin.GetAsync("/v1/eligibility/facts")).ReadAsync();
        Assert.DoesNotContain(list.GetProperty("facts").EnumerateArray(), f => f.Str("name") == name);
    }

    [Theory]
    [InlineData("Age", "人", "FACT_TYPE_NUMBER", "facts.household_size", HttpStatusCode.Conflict, "name")]
    [InlineData("x", "人", "FACT_TYPE_NUMBER", "facts.household_size", HttpStatusCode.BadRequest, "name")]
    [InlineData("ShoeSize", "人", "FACT_TYPE_NUMBER", "resident.shoe_size", HttpStatusCode.BadRequest, "source")]
    [InlineData("Held", "人", "FACT_TYPE_BENEFITS", "facts.benefits_held", HttpStatusCode.BadRequest, "type")]
    [InlineData("Income", "元", "FACT_TYPE_UNSPECIFIED", "facts.per_capita_monthly_income", HttpStatusCode.BadRequest, "type")]
    public async Task A_fact_that_cannot_be_defined_is_refused_naming_the_field(string name, string unit, string type, string source, HttpStatusCode status, string field)
    {
        var response = await policyLaw.DistrictAdminClient().PostAsJsonAsync("/v1/eligibility/facts", new { name, label = "测试", type, unit, source });

        Assert.Equal(status, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_district_admin_defines_facts()
    {
        var response = await policyLaw.ClerkOf("jiangpu").PostAsJsonAsync("/v1/eligibility/facts", new { name = NewName("Older"), label = "老人", type = "FACT_TYPE_NUMBER", source = "facts.elderly_members" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Defining_a_fact_again_adds_its_next_version_and_rules_read_the_newest()
    {
        var admin = policyLaw.DistrictAdminClient();
        var name = NewName("Members");
        (await admin.PostAsJsonAsync("/v1/eligibility/facts", new { name, label = "人口", type = "FACT_TYPE_NUMBER", unit = "人", source = "facts.household_size" })).EnsureSuccessStatusCode();

        var second = await (await admin.PostAsJsonAsync("/v1/eligibility/facts", new { name, label = "家庭人口数", type = "FACT_TYPE_NUMBER", unit = "人", source = "facts.household_size" })).ReadAsync();
        var list = await (await admin.GetAsync("/v1/eligibility/facts")).ReadAsync();

        Assert.Equal(2, second.GetProperty("version").GetInt32());
        var listed = Assert.Single(list.GetProperty("facts").EnumerateArray(), f => f.Str("name") == name);
        Assert.Equal(("家庭人口数", 2), (listed.Str("label"), listed.GetProperty("version").GetInt32()));
    }

    [Theory]
    [InlineData("ShoeSize > 40", "unknown-fact")]
    [InlineData("LocalHukou > 3", "fact-type")]
    public async Task A_rule_reading_an_undefined_fact_or_a_fact_as_another_type_is_refused_by_its_code_naming_the_rule(string rule, string code)
    {
        var admin = policyLaw.DistrictAdminClient();
        var item = $"test-{Guid.NewGuid():N}"[..20];
        (await admin.PostAsJsonAsync("/v1/items", new { code = item, name = "测试事项", nameEn = "Test", category = "测试", kind = "ITEM_KIND_ROUTED", windowType = "WINDOW_TYPE_COMPREHENSIVE", scope = "ITEM_SCOPE_HOUSEHOLD" })).EnsureSuccessStatusCode();

        var publish = await admin.PostAsJsonAsync($"/v1/items/{item}/versions", new
        {
            effectiveFrom = OneWindow.Common.Time.ChinaTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            terms = Terms(rule),
        });

        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        var body = await publish.Content.ReadAsStringAsync();
        Assert.Contains(code, body, StringComparison.Ordinal);
        Assert.Contains("eligibilityRule", body, StringComparison.Ordinal);
    }

    private static object Terms(string rule) => new
    {
        timeLimitWorkingDays = 5,
        timeLimited = false,
        legalBasis = "测试依据",
        flowSteps = new[] { "受理", "审批" },
        materials = new[] { new { code = "id-card", name = "身份证", original = true, count = 1 } },
        eligibilityRule = rule,
    };

    private static string NewName(string stem) => stem + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant().Replace('0', 'A');
}
