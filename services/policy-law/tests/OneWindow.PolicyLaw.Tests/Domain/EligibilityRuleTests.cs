using OneWindow.Common.Errors;
using OneWindow.DemoDistrict;
using OneWindow.PolicyLaw.Domain.Eligibility;

namespace OneWindow.PolicyLaw.Tests.Domain;

/// <summary>The rules engine on its own: no database, no host.</summary>
public sealed class EligibilityRuleTests
{
    public static TheoryData<string> DemoRules => [.. DemoCatalogue.Items.SelectMany(i => new[] { i.EligibilityRule, i.MonthlyAmountRule }).OfType<string>().Distinct()];

    [Theory]
    [MemberData(nameof(DemoRules))]
    public void Every_rule_of_the_demo_catalogue_compiles(string rule)
    {
        var isAmount = DemoCatalogue.Items.Any(i => i.MonthlyAmountRule == rule);

        var facts = isAmount ? AmountRule.Compile(rule).Facts : EligibilityRule.Compile(rule).Facts;

        Assert.All(facts, f => Assert.Contains(f, HouseholdFacts.Names.Keys));
    }

    // Dibao (低保): local hukou and a per-capita income under the line of 1 510 CNY; amount = (line − income) × size.
    [Theory]
    [InlineData(true, 1000, 3, EligibilityOutcome.Eligible)]
    [InlineData(true, 1509.99, 1, EligibilityOutcome.Eligible)]
    [InlineData(true, 1510, 2, EligibilityOutcome.NotEligible)]
    [InlineData(false, 800, 2, EligibilityOutcome.NotEligible)]
    [InlineData(true, 3000, 4, EligibilityOutcome.NotEligible)]
    public void Dibao_is_decided_on_hukou_and_income(bool localHukou, double income, int size, EligibilityOutcome expected)
    {
        var facts = new HouseholdFacts { LocalHukou = localHukou, PerCapitaIncome = (decimal)income, HouseholdSize = size };

        var result = EligibilityRule.Compile(Dibao.EligibilityRule!).Evaluate("dibao", 1, facts);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal((decimal)income, result.FactsUsed["PerCapitaIncome"]);
    }

    [Theory]
    [InlineData(1000, 3, "1530.00")]
    [InlineData(1509.99, 1, "0.01")]
    [InlineData(0, 2, "3020.00")]
    public void The_dibao_amount_makes_up_the_difference_to_the_line_for_every_member(double income, int size, string expected)
    {
        var amount = AmountRule.Compile(Dibao.MonthlyAmountRule!).Evaluate(new HouseholdFacts { PerCapitaIncome = (decimal)income, HouseholdSize = size });

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Fact]
    public void A_rule_without_a_fact_it_needs_is_undetermined_and_says_which()
    {
        var result = EligibilityRule.Compile(Dibao.EligibilityRule!).Evaluate("dibao", 1, new HouseholdFacts { LocalHukou = true, HouseholdSize = 2 });

        Assert.Equal(EligibilityOutcome.Undetermined, result.Outcome);
        Assert.Contains("家庭月人均收入", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(69, true, EligibilityOutcome.NotEligible)]
    [InlineData(70, true, EligibilityOutcome.Eligible)]
    [InlineData(95, false, EligibilityOutcome.NotEligible)]
    public void The_elderly_allowance_starts_at_seventy_for_local_residents(int age, bool local, EligibilityOutcome expected) =>
        Assert.Equal(expected, EligibilityRule.Compile(ElderlyAllowance.EligibilityRule!).Evaluate("elderly-allowance", 1, new HouseholdFacts { Age = age, LocalHukou = local }).Outcome);

    [Theory]
    [InlineData(75, "75")]
    [InlineData(85, "150")]
    [InlineData(92, "300")]
    [InlineData(101, "600")]
    public void The_elderly_allowance_rises_with_age(int age, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AmountRule.Compile(ElderlyAllowance.MonthlyAmountRule!).Evaluate(new HouseholdFacts { Age = age }));

    [Fact]
    public void A_benefit_held_is_read_with_holds()
    {
        var rule = EligibilityRule.Compile("Holds(\"dibao\") && PerCapitaIncome < 1510");

        Assert.Equal(EligibilityOutcome.Eligible, rule.Evaluate("dibao-review", 1, new HouseholdFacts { PerCapitaIncome = 900, Benefits = ["dibao"] }).Outcome);
        Assert.Equal(EligibilityOutcome.NotEligible, rule.Evaluate("dibao-review", 1, new HouseholdFacts { PerCapitaIncome = 900 }).Outcome);
        Assert.Contains("Benefits", rule.Facts);
    }

    [Theory]
    [InlineData("Age >= && LocalHukou")]
    [InlineData("ShoeSize > 40")]
    [InlineData("Age + 1")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("new System.Net.WebClient() != null")]
    [InlineData("")]
    public void A_rule_that_is_not_a_condition_over_the_facts_is_refused(string rule)
    {
        var refusal = Assert.ThrowsAny<DomainException>(() => EligibilityRule.Compile(rule));

        // A fact nobody defined (ShoeSize, System) is refused as such: the rule is well formed, the facts say no.
        Assert.Contains(refusal.Code, new[] { "invalid-rule", "unknown-fact" });
        Assert.Equal("eligibilityRule", refusal.Field);
    }

    private static DemoItem Dibao => DemoCatalogue.Items.Single(i => i.Code == "dibao");

    private static DemoItem ElderlyAllowance => DemoCatalogue.Items.Single(i => i.Code == "elderly-allowance");
}
