using System.Collections.Concurrent;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>The verdict of a rule: eligible, not eligible, or undetermined because a fact it needs is unknown.</summary>
public enum EligibilityOutcome
{
    Eligible,
    NotEligible,
    Undetermined,
}

/// <summary>What a clerk reads aloud and the file keeps: the verdict, the facts it rested on, the rule version.</summary>
public sealed record EligibilityResult(
    string ItemCode,
    int ItemVersion,
    EligibilityOutcome Outcome,
    string Rule,
    IReadOnlyDictionary<string, object?> FactsUsed,
    string Reason);

/// <summary>
/// An eligibility rule: a boolean expression over <see cref="HouseholdFacts"/>, parsed by
/// System.Linq.Dynamic.Core (a maintained expression library, not a parser of our own) and compiled once.
/// Only the facts' members are visible to a rule: no types, no methods beyond <c>Holds</c>.
/// </summary>
public sealed class EligibilityRule
{
    private static readonly ConcurrentDictionary<string, EligibilityRule> Compiled = new(StringComparer.Ordinal);

    private readonly Func<RuleFacts, bool> _evaluate;

    private EligibilityRule(string text, Func<RuleFacts, bool> evaluate, IReadOnlyList<string> facts)
    {
        Text = text;
        _evaluate = evaluate;
        Facts = facts;
    }

    public string Text { get; }

    /// <summary>The facts the rule reads.</summary>
    public IReadOnlyList<string> Facts { get; }

    /// <summary>Parses and compiles a rule (cached by its text); a rule that does not parse is refused with the position of the error.</summary>
    public static EligibilityRule Compile(string text, string field = "eligibilityRule") =>
        Compiled.GetOrAdd(text, static (rule, field) =>
        {
            var (lambda, facts) = RuleExpressions.Parse<bool>(rule, field);
            return new EligibilityRule(rule, lambda.Compile(), facts);
        }, field);

    public EligibilityResult Evaluate(string itemCode, int itemVersion, HouseholdFacts facts)
    {
        var used = Facts.ToDictionary(f => f, facts.Value, StringComparer.Ordinal);
        var missing = facts.Missing(Facts).ToList();
        if (missing.Count > 0)
        {
            return new EligibilityResult(itemCode, itemVersion, EligibilityOutcome.Undetermined, Text, used,
                "无法判断，缺少：" + string.Join("、", missing.Select(f => HouseholdFacts.Names[f])));
        }

        var eligible = _evaluate(RuleFacts.From(facts));
        var described = string.Join("，", Facts.Select(f => $"{HouseholdFacts.Names[f]}为{Describe(facts.Value(f))}"));
        return new EligibilityResult(itemCode, itemVersion, eligible ? EligibilityOutcome.Eligible : EligibilityOutcome.NotEligible, Text, used,
            (eligible ? "符合条件：" : "不符合条件：") + described + $"（规则：{Text}）");
    }

    private static string Describe(object? value) => value switch
    {
        true => "是",
        false => "否",
        "" => "无",
        null => "未知",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}

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

internal static class RuleExpressions
{
    private const int MaxLength = 1_000;

    private static readonly ParsingConfig Config = new()
    {
        // Rules see the facts and nothing else: no new types, no static members of arbitrary types.
        CustomTypeProvider = new FactsOnly(),
        AllowNewToEvaluateAnyType = false,
        AllowEqualsAndToStringMethodsOnObject = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        IsCaseSensitive = true,
        ResolveTypesBySimpleName = false,
    };

    public static (Expression<Func<RuleFacts, T>> Lambda, IReadOnlyList<string> Facts) Parse<T>(string text, string field)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-rule", $"A rule is 1 to {MaxLength} characters.", field);
        }

        var parameter = Expression.Parameter(typeof(RuleFacts), "facts");
        Expression body;
        try
        {
            body = DynamicExpressionParser.ParseLambda(Config, [parameter], null, text).Body;
        }
        catch (ParseException exception)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-rule",
                $"The rule does not parse at position {exception.Position}: {exception.Message}", field);
        }
        catch (InvalidOperationException exception)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-rule", $"The rule does not parse: {exception.Message}", field);
        }

        // A condition must be one; an amount may be any number (1000, 1510 * 1.3) and is taken as decimal.
        var numeric = body.Type == typeof(int) || body.Type == typeof(long) || body.Type == typeof(double) || body.Type == typeof(decimal);
        if (body.Type != typeof(T) && !(typeof(T) == typeof(decimal) && numeric))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-rule",
                typeof(T) == typeof(bool) ? "The rule must be a condition (true or false), e.g. Age >= 70 && LocalHukou." : "The rule must be an amount, e.g. (1510 - PerCapitaIncome) * HouseholdSize.", field);
        }

        var facts = new FactCollector();
        facts.Visit(body);
        return (Expression.Lambda<Func<RuleFacts, T>>(body.Type == typeof(T) ? body : Expression.Convert(body, typeof(T)), parameter), facts.Names.ToList());
    }

    /// <summary>The one type a rule may name: the facts.</summary>
    private sealed class FactsOnly : System.Linq.Dynamic.Core.CustomTypeProviders.IDynamicLinqCustomTypeProvider
    {
        public HashSet<Type> GetCustomTypes() => [typeof(RuleFacts)];

        public Dictionary<Type, List<System.Reflection.MethodInfo>> GetExtensionMethods() => [];

        public Type? ResolveType(string typeName) => null;

        public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
    }

    /// <summary>Finds the facts a rule reads: member accesses and <c>Holds</c> calls on the parameter.</summary>
    private sealed class FactCollector : ExpressionVisitor
    {
        public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ParameterExpression)
            {
                Names.Add(node.Member.Name);
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object is ParameterExpression && node.Method.Name == nameof(RuleFacts.Holds))
            {
                Names.Add(nameof(HouseholdFacts.Benefits));
            }

            return base.VisitMethodCall(node);
        }
    }
}
