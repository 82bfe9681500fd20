using System.Collections.Concurrent;
using System.Linq.Dynamic.Core;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// An eligibility rule: a boolean expression over <see cref="HouseholdFacts"/>, parsed by
/// System.Linq.Dynamic.Core (a maintained expression library, not a parser of our own) and compiled once.
/// Only the facts' members are visible to a rule: no types, no methods beyond <c>Holds</c>.
/// </summary>
public sealed class EligibilityRule
{
    private static readonly ConcurrentDictionary<string, EligibilityRule> Compiled = new(StringComparer.Ordinal);

    private readonly Func<RuleFacts, bool> _evaluate;

    private readonly IReadOnlyList<RuleClause> _clauses;

    private EligibilityRule(string text, Func<RuleFacts, bool> evaluate, IReadOnlyList<string> facts, IReadOnlyList<RuleClause> clauses)
    {
        Text = text;
        _evaluate = evaluate;
        Facts = facts;
        _clauses = clauses;
    }

    public string Text { get; }

    /// <summary>The facts the rule reads.</summary>
    public IReadOnlyList<string> Facts { get; }

    /// <summary>
    /// The facts a rule reads, or <see cref="InvalidRuleException"/> saying where it goes wrong: a check while the rule is
    /// being written, so nothing is compiled or kept.
    /// </summary>
    public static IReadOnlyList<string> Check(string text) => RuleExpressions.Parse<bool>(text, "rule").Facts;

    /// <summary>Parses and compiles a rule (cached by its text); a rule that does not parse is refused with the position of the error.</summary>
    public static EligibilityRule Compile(string text, string field = "eligibilityRule") =>
        Compiled.GetOrAdd(text, static (rule, field) =>
        {
            var (lambda, facts) = RuleExpressions.Parse<bool>(rule, field);
            return new EligibilityRule(rule, lambda.Compile(), facts, RuleClause.Of(lambda));
        }, field);

    /// <summary>
    /// The verdict, with each clause of the rule worded for the household (its value, the threshold, whether it held);
    /// <paramref name="itemNames"/> names the benefits a rule asks about (item code to name), when the caller knows them.
    /// </summary>
    public EligibilityResult Evaluate(string itemCode, int itemVersion, HouseholdFacts facts, IReadOnlyDictionary<string, string>? itemNames = null)
    {
        var used = Facts.ToDictionary(f => f, facts.Value, StringComparer.Ordinal);
        var clauses = _clauses.Select(c => ClauseWords.Of(c, facts, itemNames ?? new Dictionary<string, string>())).ToList();
        var missing = facts.Missing(Facts).ToList();
        if (missing.Count > 0)
        {
            return new EligibilityResult(itemCode, itemVersion, EligibilityOutcome.Undetermined, Text, used,
                "无法判断，缺少：" + string.Join("、", missing.Select(f => HouseholdFacts.Names[f])), clauses);
        }

        var eligible = _evaluate(RuleFacts.From(facts));
        return new EligibilityResult(itemCode, itemVersion, eligible ? EligibilityOutcome.Eligible : EligibilityOutcome.NotEligible, Text, used,
            (eligible ? "符合条件：" : "不符合条件：") + string.Join("；", clauses.Select(c => c.Text)), clauses);
    }
}
