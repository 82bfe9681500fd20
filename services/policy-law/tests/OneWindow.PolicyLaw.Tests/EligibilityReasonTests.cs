using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.PolicyLaw.Tests;

/// <summary>The reasons a clerk reads aloud, through the host on its own database: each clause of the rule, worded.</summary>
public sealed class EligibilityReasonTests(PolicyLawFactory policyLaw) : IClassFixture<PolicyLawFactory>
{
    [Fact]
    public async Task An_eligible_household_hears_each_clause_of_the_dibao_rule_with_its_value_and_the_line()
    {
        var result = await EvaluateAsync("dibao", new { localHukou = true, householdSize = 2, perCapitaIncome = "1250.00" });

        Assert.Equal("ELIGIBILITY_OUTCOME_ELIGIBLE", result.GetProperty("outcome").GetString());
        var clauses = Clauses(result);
        Assert.Equal(["本区户籍：是，须为是：符合", "家庭月人均收入 1,250.00 元，低于 1,510 元：符合"], clauses.Select(c => c.GetProperty("text").GetString()));
        var income = clauses.Single(c => c.GetProperty("fact").GetString() == "PerCapitaIncome");
        Assert.Equal("1250.00", income.GetProperty("value").GetString());
        Assert.Equal("lt", income.GetProperty("comparison").GetString());
        Assert.Equal("1510", income.GetProperty("threshold").GetString());
        Assert.True(income.GetProperty("held").GetBoolean());
        Assert.Equal("符合条件：本区户籍：是，须为是：符合；家庭月人均收入 1,250.00 元，低于 1,510 元：符合", result.GetProperty("reason").GetString());
        Assert.DoesNotContain("PerCapitaIncome", result.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ineligible_household_hears_which_clause_failed()
    {
        var result = await EvaluateAsync("dibao", new { localHukou = true, householdSize = 3, perCapitaIncome = "1800.00" });

        Assert.Equal("ELIGIBILITY_OUTCOME_NOT_ELIGIBLE", result.GetProperty("outcome").GetString());
        var failed = Assert.Single(Clauses(result), c => !c.GetProperty("held").GetBoolean());
        Assert.Equal("家庭月人均收入 1,800.00 元，低于 1,510 元：不符合", failed.GetProperty("text").GetString());
        Assert.StartsWith("不符合条件：", result.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grandmother_of_eighty_two_hears_her_age_against_the_allowance_and_her_amount_by_her_age()
    {
        var result = await EvaluateAsync("elderly-allowance", new { age = 82, localHukou = true, householdSize = 3, perCapitaIncome = "3000.00" });

        Assert.Contains("年龄 82 岁，不低于 70 岁：符合", Clauses(result).Select(c => c.GetProperty("text").GetString()));
        Assert.Equal("150.00", result.GetProperty("monthlyAmount").GetString());
    }

    [Fact]
    public async Task A_benefit_a_rule_asks_about_is_named_as_the_catalogue_names_it()
    {
        var result = await EvaluateAsync("heating-subsidy", new { householdSize = 2, perCapitaIncome = "900.00" });

        Assert.Equal("已享受待遇：无，须享受最低生活保障申请：不符合", Assert.Single(Clauses(result)).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Alternatives_of_a_rule_say_that_one_of_them_is_enough()
    {
        var result = await EvaluateAsync("meal-assistance", new { age = 72 });

        Assert.Equal("ELIGIBILITY_OUTCOME_ELIGIBLE", result.GetProperty("outcome").GetString());
        Assert.Contains("（满足其一即可）年龄 72 岁，不低于 70 岁：符合", Clauses(result).Select(c => c.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task One_call_answers_for_each_member_of_a_household_on_their_own_facts_in_the_order_asked()
    {
        var household = new { age = 52, localHukou = true, householdSize = 3, perCapitaIncome = "3000.00" };
        var response = await policyLaw.ClerkOf("jiangpu").PostAsJsonAsync("/v1/eligibility:find", new
        {
            facts = household,
            also = new object[]
            {
                household,
                new { age = 82, localHukou = true, householdSize = 3, perCapitaIncome = "3000.00" },
                new { age = 24, localHukou = true, householdSize = 3, perCapitaIncome = "3000.00" },
            },
        });

        var reply = await response.ReadAsync();
        var each = reply.GetProperty("each").EnumerateArray().Select(Codes).ToList();
        Assert.Equal(3, each.Count);
        Assert.DoesNotContain("elderly-allowance", each[0]);
        Assert.Contains("elderly-allowance", each[1]);
        Assert.DoesNotContain("elderly-allowance", each[2]);
        Assert.Equal(each[0], Codes(reply));
    }

    [Fact]
    public async Task A_household_asked_for_more_than_thirty_members_is_refused_naming_also()
    {
        var member = new { age = 40, householdSize = 1 };
        var response = await policyLaw.ClerkOf("jiangpu").PostAsJsonAsync("/v1/eligibility:find", new { facts = member, also = Enumerable.Repeat(member, 31) });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("also", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<string?> Codes(JsonElement found) =>
        [.. found.TryGetProperty("eligible", out var eligible) ? eligible.EnumerateArray().Select(r => r.GetProperty("itemCode").GetString()) : []];

    private static List<JsonElement> Clauses(JsonElement result) => [.. result.GetProperty("clauses").EnumerateArray()];

    private async Task<JsonElement> EvaluateAsync(string item, object facts)
    {
        var response = await policyLaw.ClerkOf("jiangpu").PostAsJsonAsync("/v1/eligibility:evaluate", new { itemCode = item, facts });
        return await response.ReadAsync();
    }
}
