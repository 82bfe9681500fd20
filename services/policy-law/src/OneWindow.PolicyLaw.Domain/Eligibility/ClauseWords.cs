using System.Globalization;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// A clause as a clerk reads it aloud: the fact's Chinese name, the household's value with its unit, the comparison in
/// words and the threshold, and whether it held (「家庭月人均收入 1,250.00 元，低于 1,510 元：符合」).
/// </summary>
internal static class ClauseWords
{
    private static readonly CultureInfo China = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["lt"] = "低于",
        ["le"] = "不高于",
        ["gt"] = "高于",
        ["ge"] = "不低于",
        ["eq"] = "须为",
        ["ne"] = "不为",
    };

    public static EligibilityClause Of(RuleClause clause, HouseholdFacts facts, IReadOnlyDictionary<string, string> itemNames, FactBook book)
    {
        var known = !book.Missing(facts, clause.Reads).Any();
        var held = known && clause.Holds(RuleFacts.From(facts));
        var verdict = !known ? "无法判断" : held ? "符合" : "不符合";
        var prefix = clause.Alternative ? "（满足其一即可）" : string.Empty;
        if (clause.Fact is not { } fact)
        {
            var labels = string.Join("、", clause.Reads.Select(book.Label));
            return new EligibilityClause(string.Empty, labels, string.Empty, clause.Comparison, string.Empty, held, $"{prefix}{labels}的组合条件：{verdict}");
        }

        var definition = book.Of(fact);
        var raw = book.Value(facts, fact);
        var value = known ? Spoken(definition, raw, itemNames) : "未知";
        var threshold = clause.Comparison is "holds" or "holds-not"
            ? itemNames.GetValueOrDefault((string)clause.Threshold!, (string)clause.Threshold!)
            : Spoken(definition, clause.Threshold, itemNames, threshold: true);
        var condition = clause.Comparison switch
        {
            "is" => "须为是",
            "is-not" => "须为否",
            "holds" => $"须享受{threshold}",
            "holds-not" => $"须未享受{threshold}",
            var comparison => $"{Words[comparison]} {threshold}",
        };
        var text = definition.Type is FactType.YesNo or FactType.Benefits
            ? $"{prefix}{definition.Label}：{value}，{condition}：{verdict}"
            : $"{prefix}{definition.Label} {value}，{condition}：{verdict}";
        return new EligibilityClause(fact, definition.Label, known ? RuleClause.Invariant(raw) : string.Empty, clause.Comparison,
            RuleClause.Invariant(clause.Threshold), held, text);
    }

    /// <summary>
    /// A value with its unit as the centre writes it: the household's amounts to the fen, a threshold amount as the
    /// policy states it (1,510 元, not 1,510.00 元).
    /// </summary>
    private static string Spoken(FactDefinition definition, object? value, IReadOnlyDictionary<string, string> itemNames, bool threshold = false)
    {
        var unit = definition.Unit.Length == 0 ? string.Empty : " " + definition.Unit;
        return (definition.Type, value) switch
        {
            (_, null) => "未知",
            (FactType.Number, 0) when definition.ReadsFact == nameof(HouseholdFacts.DisabilityGrade) => "无",
            (FactType.YesNo, bool yes) => yes ? "是" : "否",
            (FactType.Benefits, string codes) => codes.Length == 0
                ? "无"
                : string.Join("、", codes.Split(',').Select(code => itemNames.GetValueOrDefault(code, code))),
            (FactType.Money, _) when Convert.ToDecimal(value, CultureInfo.InvariantCulture) is var amount =>
                (threshold && amount == decimal.Truncate(amount) ? amount.ToString("#,0", China) : amount.ToString("#,0.00", China)) + unit,
            _ => Convert.ToString(value, China) + unit,
        };
    }
}
