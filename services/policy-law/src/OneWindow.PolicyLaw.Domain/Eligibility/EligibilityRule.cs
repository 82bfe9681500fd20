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

    private readonly FactBook _book;

    private EligibilityRule(string text, Func<RuleFacts, bool> evaluate, IReadOnlyList<string> facts, IReadOnlyList<RuleClause> clauses, FactBook book)
    {
        Text = text;
        _evaluate = evaluate;
        Facts = facts;
        _clauses = clauses;
        _book = book;
    }

    public string Text { get; }

    /// <summary>The facts the rule reads.</summary>
    public IReadOnlyList<string> Facts { get; }

    /// <summary>
    /// The facts a rule reads, or <see cref="InvalidRuleException"/> saying where it goes wrong: a check while the rule is
    /// being written, so nothing is compiled or kept.
    /// </summary>
    public static IReadOnlyList<string> Check(string text, IReadOnlyCollection<FactDefinition>? defined = null) =>
        RuleExpressions.Parse<bool>(text, "rule", defined).Facts;

    /// <summary>
    /// Parses and compiles a rule over policy-law's facts and those the district defined (cached by its text and the
    /// definitions it was compiled with); a rule that does not parse is refused with the position of the error, one that
    /// reads an undefined fact or uses a fact as another type with 422.
    /// </summary>
    public static EligibilityRule Compile(string text, string field = "eligibilityRule", IReadOnlyCollection<FactDefinition>? defined = null) =>
        Compiled.GetOrAdd(text + Signature(defined), static (_, state) =>
        {
            var (lambda, facts) = RuleExpressions.Parse<bool>(state.text, state.field, state.defined);
            return new EligibilityRule(state.text, lambda.Compile(), facts, RuleClause.Of(lambda), state.defined is null ? FactBook.BuiltIn : new FactBook(state.defined));
        }, (text, field, defined));

    /// <summary>What a compilation depends on besides the text: the defined facts, so a redefinition compiles afresh.</summary>
    internal static string Signature(IReadOnlyCollection<FactDefinition>? defined) =>
        defined is null or { Count: 0 } ? string.Empty : "\n" + string.Join(";", defined.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => $"{d.Name}:{d.Type}:{d.Source}:{d.Label}:{d.Unit}"));

    /// <summary>
    /// The verdict, with each clause of the rule worded for the household (its value, the threshold, whether it held);
    /// <paramref name="itemNames"/> names the benefits a rule asks about (item code to name), when the caller knows them.
    /// </summary>
    public EligibilityResult Evaluate(string itemCode, int itemVersion, HouseholdFacts facts, IReadOnlyDictionary<string, string>? itemNames = null)
    {
        var used = Facts.ToDictionary(f => f, f => _book.Value(facts, f), StringComparer.Ordinal);
        var clauses = _clauses.Select(c => ClauseWords.Of(c, facts, itemNames ?? new Dictionary<string, string>(), _book)).ToList();
        var missing = _book.Missing(facts, Facts).ToList();
        if (missing.Count > 0)
        {
            return new EligibilityResult(itemCode, itemVersion, EligibilityOutcome.Undetermined, Text, used,
                "无法判断，缺少：" + string.Join("、", missing.Select(_book.Label)), clauses);
        }

        var eligible = _evaluate(RuleFacts.From(facts));
        return new EligibilityResult(itemCode, itemVersion, eligible ? EligibilityOutcome.Eligible : EligibilityOutcome.NotEligible, Text, used,
            (eligible ? "符合条件：" : "不符合条件：") + string.Join("；", clauses.Select(c => c.Text)), clauses);
    }
}
