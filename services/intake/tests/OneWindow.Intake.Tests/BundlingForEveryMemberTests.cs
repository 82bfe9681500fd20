using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.Intake.Tests;

/// <summary>
/// 一次性办结 for the whole household: serving one member offers what each member is due or newly qualifies for, on that
/// member's own age, hukou and disability with the household's income and size, and the amount on their own facts.
/// </summary>
public sealed class BundlingForEveryMemberTests(IntakeWithRulesFactory intake) : IClassFixture<IntakeWithRulesFactory>
{
    [Fact]
    public async Task Serving_the_grandson_offers_his_grandmothers_elderly_allowance_and_his_fathers_disability_subsidy_each_under_their_name()
    {
        var (clerk, household) = await ThreeGenerationsAsync();
        var (son, grandmother, grandson) = (Member(household, "RELATION_HEAD"), Member(household, "RELATION_PARENT"), Member(household, "RELATION_CHILD"));
        var age = Age(household, "RELATION_PARENT");

        var due = await (await clerk.GetAsync($"/v1/households/{household.Str("householdId")}/due-items?includeEligible=true&residentId={grandson}")).ReadAsync();

        Assert.True(due.GetProperty("eligibilityChecked").GetBoolean());
        var items = due.GetProperty("items").EnumerateArray().ToList();
        var allowance = Assert.Single(items, i => i.Str("itemCode") == "elderly-allowance");
        Assert.Equal(grandmother, allowance.Str("residentId"));
        Assert.Contains($"年龄 {age} 岁，不低于 70 岁：符合", Texts(allowance));
        Assert.Contains(items, i => i.Str("itemCode") == "disability-subsidy" && i.Str("residentId") == son);
        Assert.DoesNotContain(items, i => i.Str("itemCode") == "elderly-allowance" && i.Str("residentId") != grandmother);
        Assert.DoesNotContain(items, i => i.Str("itemCode") == "disability-subsidy" && i.Str("residentId") != son);
        Assert.DoesNotContain(items, i => i.Str("residentId") == grandson && i.Str("itemCode") is "elderly-card" or "severe-disability-care");
    }

    [Fact]
    public async Task The_grandmothers_allowance_is_reckoned_on_her_own_age_not_her_sons()
    {
        var (clerk, household) = await ThreeGenerationsAsync();

        var due = await (await clerk.GetAsync($"/v1/households/{household.Str("householdId")}/due-items?includeEligible=true")).ReadAsync();

        var allowance = Assert.Single(due.GetProperty("items").EnumerateArray(), i => i.Str("itemCode") == "elderly-allowance");
        // 82 or 83 years old: 150 元 a month (80 to 89); her son of 56 or 57, the head, would not qualify at all.
        Assert.Equal("150.00", allowance.Str("monthlyAmount"));
    }

    [Fact]
    public async Task A_member_with_a_file_for_an_item_is_not_offered_it_again_but_the_others_still_are()
    {
        var (clerk, household) = await ThreeGenerationsAsync();
        var grandmother = Member(household, "RELATION_PARENT");
        var accepted = await clerk.PostAsJsonAsync("/v1/applications", new { itemCode = "elderly-card", residentId = grandmother, materials = new[] { "id-card", "photo", "bank-card" } });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var due = await (await clerk.GetAsync($"/v1/households/{household.Str("householdId")}/due-items?includeEligible=true")).ReadAsync();

        var items = due.GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(items, i => i.Str("itemCode") == "elderly-card");
        Assert.Contains(items, i => i.Str("itemCode") == "elderly-allowance" && i.Str("residentId") == grandmother);
    }

    [Fact]
    public async Task A_served_member_of_another_household_is_refused_naming_the_field()
    {
        var (clerk, household) = await ThreeGenerationsAsync();

        var response = await clerk.GetAsync($"/v1/households/{household.Str("householdId")}/due-items?includeEligible=true&residentId={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("residentId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Texts(JsonElement item) => item.GetProperty("clauses").EnumerateArray().Select(c => c.Str("text"));

    private static string Member(JsonElement household, string relation) =>
        household.GetProperty("members").EnumerateArray().Single(m => m.Str("relation") == relation).Str("residentId");

    private static int Age(JsonElement household, string relation) =>
        household.GetProperty("members").EnumerateArray().Single(m => m.Str("relation") == relation).GetProperty("age").GetInt32();

    /// <summary>A son of 56 or 57 (户主, disability grade 2), his mother of 82 or 83, his son of 26 or 27; a low-income family.</summary>
    private async Task<(HttpClient Clerk, JsonElement Household)> ThreeGenerationsAsync()
    {
        var clerk = intake.ClerkOf(IntakeFactory.NewCentre());
        var today = DateTime.Today;
        var registered = await IntakeFactory.RegisterHouseholdAsync(clerk,
            IntakeFactory.Member(IntakeFactory.NewIdNumber(today.Year - 57), "周建国", disabilityGrade: 2),
            IntakeFactory.Member(IntakeFactory.NewIdNumber(today.Year - 83), "周桂英", relation: "RELATION_PARENT"),
            IntakeFactory.Member(IntakeFactory.NewIdNumber(today.Year - 27), "周子涵", relation: "RELATION_CHILD"));
        var householdId = registered.Str("householdId");
        var update = await clerk.PatchAsJsonAsync($"/v1/households/{householdId}", new { monthlyIncome = "7200.00", setBenefits = true, benefits = new[] { "low-income-family" } });
        Assert.True(update.IsSuccessStatusCode, await update.Content.ReadAsStringAsync());
        return (clerk, await (await clerk.GetAsync($"/v1/households/{householdId}")).ReadAsync());
    }
}
