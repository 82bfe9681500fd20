using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Tests.Domain;

public sealed class SilentFamilyRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly HouseholdSnapshot Ordinary = new(HeadAge: 45, HouseholdSize: 3, PerCapitaIncome: 3_000m, DisabilityGrade: null, Benefits: []);

    public static TheoryData<string, HouseholdHistory, string[]> Histories() => new()
    {
        { "an ordinary family", History(Ordinary), [] },
        { "dibao ended 40 days ago, not renewed", History(Ordinary, Ended("dibao", 40)), ["benefit-ended"] },
        { "dibao ended 10 days ago: still within the grace", History(Ordinary, Ended("dibao", 10)), [] },
        { "dibao ended 40 days ago, paid again since", History(Ordinary, Ended("dibao", 40), Seen(ObservationKind.BenefitPaid, 5, "dibao")), [] },
        { "dibao ended 40 days ago, held again", History(Ordinary with { Benefits = ["dibao"] }, Ended("dibao", 40)), [] },
        { "dibao ended two years ago", History(Ordinary, Ended("dibao", 730)), [] },
        { "two rejections within a year", History(Ordinary, Rejected("dibao", 200), Rejected("temporary-assistance", 20)), ["repeated-rejections"] },
        { "one rejection", History(Ordinary, Rejected("dibao", 20)), [] },
        { "two rejections, one of them long ago", History(Ordinary, Rejected("dibao", 500), Rejected("dibao", 20)), [] },
        { "85 living alone, never seen", History(Ordinary with { HeadAge = 85, HouseholdSize = 1 }), ["elderly-alone"] },
        { "85 living alone, seen 8 months ago", History(Ordinary with { HeadAge = 85, HouseholdSize = 1 }, Seen(ObservationKind.Contact, 240)), ["elderly-alone"] },
        { "85 living alone, seen last month", History(Ordinary with { HeadAge = 85, HouseholdSize = 1 }, Seen(ObservationKind.Contact, 30)), [] },
        { "85 living with family", History(Ordinary with { HeadAge = 85, HouseholdSize = 2 }), [] },
        { "75 living alone: under the age of the rule", History(Ordinary with { HeadAge = 75, HouseholdSize = 1 }), [] },
        { "grade 1 disability, no benefit", History(Ordinary with { DisabilityGrade = 1 }), ["disability-no-benefit"] },
        { "grade 2 disability, holding dibao", History(Ordinary with { DisabilityGrade = 2, Benefits = ["dibao"] }), [] },
        { "grade 4 disability: milder than the rule", History(Ordinary with { DisabilityGrade = 4 }), [] },
        { "income fell from 3000 to 1500", History(Ordinary with { PerCapitaIncome = 1_500m }, Income(3_000m, 90)), ["income-drop"] },
        { "income fell from 3000 to 2500", History(Ordinary with { PerCapitaIncome = 2_500m }, Income(3_000m, 90)), [] },
        { "income fell from 3000 to 1500, but a year ago", History(Ordinary with { PerCapitaIncome = 1_500m }, Income(3_000m, 365)), [] },
        {
            "alone at 90 with a grade 2 disability and two rejections",
            History(new HouseholdSnapshot(90, 1, 800m, 2, []), Rejected("dibao", 60), Rejected("special-hardship", 30)),
            ["repeated-rejections", "elderly-alone", "disability-no-benefit"]
        },
        { "every sign, but a case is open", History(new HouseholdSnapshot(90, 1, 800m, 2, []), Rejected("dibao", 60), Rejected("dibao", 30)) with { HasOpenCase = true }, [] },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void The_default_rules_flag_the_signs_of_a_silent_family(string family, HouseholdHistory history, string[] expected)
    {
        var reasons = SilentFamilyScan.Evaluate(history, SilentFamilyRule.Defaults, Now, code => code == "dibao" ? "最低生活保障申请" : code);

        Assert.True(expected.Order().SequenceEqual(reasons.Select(r => r.RuleCode).Order()), $"{family}: {string.Join(", ", reasons.Select(r => r.RuleCode))}");
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
    }

    [Fact]
    public void Reasons_say_what_was_seen_in_words_a_worker_can_act_on()
    {
        var history = History(new HouseholdSnapshot(82, 1, 1_500m, 1, []), Ended("dibao", 45), Income(3_000m, 60));

        var texts = SilentFamilyScan.Evaluate(history, SilentFamilyRule.Defaults, Now, code => code == "dibao" ? "最低生活保障申请" : code).ToDictionary(r => r.RuleCode, r => r.Text);

        Assert.Equal("最低生活保障申请于2026-10-06终止，30天内未续办", texts["benefit-ended"]);
        Assert.Equal("82岁独居老人，平台上没有任何联系记录（6个月以上）", texts["elderly-alone"]);
        Assert.Equal("家庭成员有一级残疾，未享受任何补贴", texts["disability-no-benefit"]);
        Assert.Equal("人均月收入由3000.00元降至1500.00元（6个月内下降50%）", texts["income-drop"]);
    }

    [Fact]
    public void A_household_is_not_flagged_twice_for_a_reason_while_its_finding_is_open()
    {
        var household = Guid.NewGuid();
        FindingReason[] first = [new("elderly-alone", "独居")];
        var finding = SilentFamilyFinding.Raise(Guid.NewGuid(), household, first, Now);

        Assert.Empty(SilentFamilyScan.NewReasons(first, finding, new HashSet<string>()));

        FindingReason[] later = [new("elderly-alone", "独居"), new("income-drop", "收入下降")];
        var fresh = SilentFamilyScan.NewReasons(later, finding, new HashSet<string>());
        Assert.Equal(["income-drop"], fresh.Select(r => r.RuleCode));
        finding.AddReasons(fresh, Now);
        Assert.Empty(SilentFamilyScan.NewReasons(later, finding, new HashSet<string>()));
    }

    [Fact]
    public void A_dismissed_reason_stays_quiet_and_a_decided_finding_flags_again()
    {
        FindingReason[] reasons = [new("elderly-alone", "独居"), new("disability-no-benefit", "残疾")];

        Assert.Equal(["disability-no-benefit"], SilentFamilyScan.NewReasons(reasons, null, new HashSet<string> { "elderly-alone" }).Select(r => r.RuleCode));
        var finding = SilentFamilyFinding.Raise(Guid.NewGuid(), Guid.NewGuid(), reasons, Now);
        finding.Dismiss("已核实，子女每日照料", "w1", Now);
        Assert.False(finding.IsOpen);
        Assert.Equal("finding-decided", Assert.Throws<DomainException>(() => finding.Defer(new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 20), "w1", Now)).Code);
    }

    [Theory]
    [InlineData(null, "2026-12-01", "reason-required")]
    [InlineData("已核实", "2026-11-20", "defer-date-not-future")]
    public void Dismissing_needs_a_reason_and_deferring_a_later_date(string? reason, string until, string refusal)
    {
        var finding = SilentFamilyFinding.Raise(Guid.NewGuid(), Guid.NewGuid(), [new("elderly-alone", "独居")], Now);
        var today = new DateOnly(2026, 11, 20);

        var error = reason is null
            ? Assert.Throws<DomainException>(() => finding.Dismiss(reason, "w1", Now))
            : Assert.Throws<DomainException>(() => finding.Defer(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), today, "w1", Now));

        Assert.Equal(refusal, error.Code);
        Assert.Equal(FindingStatus.Open, finding.Status);
    }

    [Fact]
    public void Accepting_a_finding_opens_a_case_with_its_reasons()
    {
        var finding = SilentFamilyFinding.Raise(Guid.NewGuid(), Guid.NewGuid(), [new("elderly-alone", "85岁独居老人")], Now);

        var socialCase = finding.Accept(Guid.NewGuid(), "w1", "w1", Now);

        Assert.Equal(OneWindow.SocialWork.Domain.Cases.CaseOrigin.SilentFamilyFinding, socialCase.Origin);
        Assert.Contains("85岁独居老人", socialCase.Reason, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Accepted, finding.Status);
        Assert.Equal(socialCase.Id, finding.CaseId);
    }

    [Theory]
    [InlineData("elderly-alone", 50, 6, null, "parameters.minAge")]
    [InlineData("repeated-rejections", null, 12, 1, "parameters.count")]
    [InlineData("benefit-ended", null, 0, null, "parameters.months")]
    public void A_rule_with_thresholds_out_of_range_is_refused_naming_the_parameter(string code, int? minAge, int? months, int? count, string field)
    {
        var rule = SilentFamilyRule.Defaults.Single(r => r.Code == code);

        var refusal = Assert.Throws<DomainException>(() => rule.With(true, rule.Parameters with { MinAge = minAge ?? rule.Parameters.MinAge, Months = months, Count = count ?? rule.Parameters.Count }, null));

        Assert.Equal(field, refusal.Field);
    }

    [Fact]
    public void The_default_rules_are_valid_and_a_disabled_rule_flags_nothing()
    {
        Assert.All(SilentFamilyRule.Defaults, r => r.Validate());
        var rules = SilentFamilyRule.Defaults.Select(r => r.Code == "elderly-alone" ? r with { Enabled = false } : r);

        Assert.Empty(SilentFamilyScan.Evaluate(History(Ordinary with { HeadAge = 90, HouseholdSize = 1 }), rules, Now, c => c));
    }

    private static HouseholdHistory History(HouseholdSnapshot current, params Observation[] seen) => new(Guid.NewGuid(), current, seen, HasOpenCase: false);

    private static Observation Ended(string item, int daysAgo) => Seen(ObservationKind.BenefitEnded, daysAgo, item);

    private static Observation Rejected(string item, int daysAgo) => Seen(ObservationKind.ApplicationRejected, daysAgo, item);

    private static Observation Income(decimal perCapita, int daysAgo) => new(ObservationKind.FactsReported, Now.AddDays(-daysAgo), null, perCapita);

    private static Observation Seen(ObservationKind kind, int daysAgo, string? item = null) => new(kind, Now.AddDays(-daysAgo), item);
}
