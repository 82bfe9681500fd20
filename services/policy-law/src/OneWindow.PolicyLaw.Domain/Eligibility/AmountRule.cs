using System.Collections.Concurrent;
using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>A benefit's monthly amount as an expression over the same facts, e.g. <c>(1510 - PerCapitaIncome) * HouseholdSize</c>.</summary>
public sealed class AmountRule
{
    private static readonly ConcurrentDictionary<string, AmountRule> Compiled = new(StringComparer.Ordinal);

    private readonly Func<RuleFacts, decimal> _evaluate;

    private AmountRule(string text, Func<RuleFacts, decimal> evaluate, IReadOnlyList<string> facts)
    {
        Text = text;
        _evaluate = evaluate;
        Facts = facts;
    }

    public string Text { get; }

    public IReadOnlyList<string> Facts { get; }

    /// <summary>
    /// The facts a rule reads, or <see cref="InvalidRuleException"/> saying where it goes wrong: a check while the rule is
    /// being written, so nothing is compiled or kept.
    /// </summary>
    public static IReadOnlyList<string> Check(string text) => RuleExpressions.Parse<decimal>(text, "rule").Facts;

    public static AmountRule Compile(string text, string field = "monthlyAmountRule") =>
        Compiled.GetOrAdd(text, static (rule, field) =>
        {
            var (lambda, facts) = RuleExpressions.Parse<decimal>(rule, field);
            return new AmountRule(rule, lambda.Compile(), facts);
        }, field);

    /// <summary>The amount in CNY, rounded half-up to the fen as payments are; never negative.</summary>
    public decimal Evaluate(HouseholdFacts facts)
    {
        if (facts.Missing(Facts).ToList() is { Count: > 0 } missing)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "facts-missing",
                "The amount cannot be computed without: " + string.Join(", ", missing), "facts");
        }

        return Math.Max(0m, Math.Round(_evaluate(RuleFacts.From(facts)), 2, MidpointRounding.AwayFromZero));
    }
}
