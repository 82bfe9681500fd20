using System.Globalization;
using OneWindow.Common.Time;

namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>
/// Reads a household's history with the rules in force and says why it may be a silent family in difficulty.
/// A household with an open case is already being helped and is never flagged.
/// </summary>
public static class SilentFamilyScan
{
    private static readonly string[] GradeNames = ["", "一", "二", "三", "四"];

    /// <summary>The reasons the enabled rules find in a household's history; <paramref name="itemName"/> names item codes in Chinese.</summary>
    public static IReadOnlyList<FindingReason> Evaluate(HouseholdHistory household, IEnumerable<SilentFamilyRule> rules, DateTimeOffset now, Func<string, string> itemName)
    {
        if (household.HasOpenCase)
        {
            return [];
        }

        var reasons = new List<FindingReason>();
        foreach (var rule in rules.Where(r => r.Enabled))
        {
            var text = rule.Kind switch
            {
                SilentFamilyRuleKind.BenefitEndedWithoutRenewal => BenefitEnded(household, rule.Parameters, now, itemName),
                SilentFamilyRuleKind.RepeatedRejections => Rejections(household, rule.Parameters, now, itemName),
                SilentFamilyRuleKind.ElderlyAloneWithoutContact => ElderlyAlone(household, rule.Parameters, now),
                SilentFamilyRuleKind.DisabilityWithoutBenefit => DisabilityWithoutBenefit(household, rule.Parameters),
                SilentFamilyRuleKind.SharpIncomeDrop => IncomeDrop(household, rule.Parameters, now),
                _ => null,
            };
            if (text is not null)
            {
                reasons.Add(new FindingReason(rule.Code, text));
            }
        }

        return reasons;
    }

    /// <summary>
    /// Of the reasons found, those that flag the household anew: not already on its open finding, and not
    /// dismissed lately (a worker's dismissal holds until the quiet period ends).
    /// </summary>
    public static IReadOnlyList<FindingReason> NewReasons(IReadOnlyList<FindingReason> found, SilentFamilyFinding? open, IReadOnlySet<string> dismissedLately) =>
        [.. found.Where(r => !dismissedLately.Contains(r.RuleCode) && open?.HasReason(r.RuleCode) != true)];

    private static string? BenefitEnded(HouseholdHistory household, RuleParameters p, DateTimeOffset now, Func<string, string> itemName)
    {
        var graceEnds = now.AddDays(-p.Days!.Value);
        var lookback = now.AddMonths(-p.Months!.Value);
        var lapsed = household.Observations
            .Where(o => o.Kind == ObservationKind.BenefitEnded && o.ItemCode is not null && o.At >= lookback && o.At <= graceEnds)
            .GroupBy(o => o.ItemCode!)
            .Select(g => g.MaxBy(o => o.At)!)
            .Where(end => !household.Current.Benefits.Contains(end.ItemCode!)
                && !household.Observations.Any(o => o.Kind == ObservationKind.BenefitPaid && o.ItemCode == end.ItemCode && o.At > end.At))
            .OrderBy(end => end.At)
            .ToList();
        return lapsed.Count == 0
            ? null
            : string.Join("；", lapsed.Select(end => $"{itemName(end.ItemCode!)}于{Day(end.At)}终止，{p.Days}天内未续办"));
    }

    private static string? Rejections(HouseholdHistory household, RuleParameters p, DateTimeOffset now, Func<string, string> itemName)
    {
        var since = now.AddMonths(-p.Months!.Value);
        var rejected = household.Observations.Where(o => o.Kind == ObservationKind.ApplicationRejected && o.At >= since && o.At <= now).OrderBy(o => o.At).ToList();
        return rejected.Count < p.Count
            ? null
            : $"近{p.Months}个月内{rejected.Count}次申请被驳回（{string.Join("、", rejected.Select(o => itemName(o.ItemCode ?? "?")).Distinct())}）";
    }

    private static string? ElderlyAlone(HouseholdHistory household, RuleParameters p, DateTimeOffset now)
    {
        if (household.Current.HouseholdSize != 1 || household.Current.HeadAge is not { } age || age < p.MinAge)
        {
            return null;
        }

        var last = household.LastContact;
        if (last is { } contact && contact >= now.AddMonths(-p.Months!.Value))
        {
            return null;
        }

        return last is { } seen
            ? $"{age}岁独居老人，最近一次联系为{Day(seen)}，已超过{p.Months}个月"
            : $"{age}岁独居老人，平台上没有任何联系记录（{p.Months}个月以上）";
    }

    private static string? DisabilityWithoutBenefit(HouseholdHistory household, RuleParameters p) =>
        household.Current.DisabilityGrade is { } grade && grade >= 1 && grade <= p.MaxDisabilityGrade && household.Current.Benefits.Count == 0
            ? $"家庭成员有{GradeNames[grade]}级残疾，未享受任何补贴"
            : null;

    private static string? IncomeDrop(HouseholdHistory household, RuleParameters p, DateTimeOffset now)
    {
        if (household.Current.PerCapitaIncome is not { } current)
        {
            return null;
        }

        var since = now.AddMonths(-p.Months!.Value);
        var highest = household.Observations
            .Where(o => o.Kind == ObservationKind.FactsReported && o.At >= since && o.PerCapitaIncome is > 0)
            .Select(o => o.PerCapitaIncome!.Value)
            .DefaultIfEmpty(0)
            .Max();
        if (highest <= 0 || current >= highest)
        {
            return null;
        }

        var drop = (highest - current) / highest * 100;
        return drop < p.Percent
            ? null
            : $"人均月收入由{Money(highest)}元降至{Money(current)}元（{p.Months}个月内下降{decimal.Round(drop, 0, MidpointRounding.AwayFromZero)}%）";
    }

    private static string Day(DateTimeOffset at) => ChinaTime.ToChina(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
