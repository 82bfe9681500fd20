using System.Globalization;
using System.Linq.Expressions;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// One condition of a compiled rule: the leaves of its <c>&amp;&amp;</c> and <c>||</c>, each a comparison of a fact with a
/// threshold, a yes-or-no fact, a <c>Holds("code")</c>, or (anything else) a condition over the facts it reads.
/// Found once when the rule is compiled, evaluated for each household.
/// </summary>
internal sealed class RuleClause
{
    private readonly Func<RuleFacts, bool> _holds;

    private RuleClause(string? fact, string comparison, object? threshold, bool alternative, IReadOnlyList<string> reads, Func<RuleFacts, bool> holds)
    {
        Fact = fact;
        Comparison = comparison;
        Threshold = threshold;
        Alternative = alternative;
        Reads = reads;
        _holds = holds;
    }

    /// <summary>The fact compared, or null for a condition that is not one comparison.</summary>
    public string? Fact { get; }

    /// <summary>lt, le, gt, ge, eq, ne, is, is-not, holds, holds-not or other.</summary>
    public string Comparison { get; }

    public object? Threshold { get; }

    /// <summary>One of alternatives (under <c>||</c>): the rule asks for any one of them, not each.</summary>
    public bool Alternative { get; }

    /// <summary>The facts the clause reads.</summary>
    public IReadOnlyList<string> Reads { get; }

    public bool Holds(RuleFacts facts) => _holds(facts);

    public static IReadOnlyList<RuleClause> Of(LambdaExpression rule)
    {
        var clauses = new List<RuleClause>();
        Collect(rule.Body, rule.Parameters[0], alternative: false, clauses);
        return clauses;
    }

    private static void Collect(Expression node, ParameterExpression facts, bool alternative, List<RuleClause> clauses)
    {
        switch (node.NodeType)
        {
            case ExpressionType.AndAlso:
                Collect(((BinaryExpression)node).Left, facts, alternative, clauses);
                Collect(((BinaryExpression)node).Right, facts, alternative, clauses);
                return;
            case ExpressionType.OrElse:
                Collect(((BinaryExpression)node).Left, facts, alternative: true, clauses);
                Collect(((BinaryExpression)node).Right, facts, alternative: true, clauses);
                return;
        }

        clauses.Add(Leaf(node, facts, alternative));
    }

    private static RuleClause Leaf(Expression node, ParameterExpression facts, bool alternative)
    {
        var holds = Expression.Lambda<Func<RuleFacts, bool>>(node, facts).Compile();
        var reads = new ReadFacts();
        reads.Visit(node);
        var read = reads.Names.ToList();

        if (node is BinaryExpression binary && Comparisons.TryGetValue(node.NodeType, out var comparison))
        {
            if (FactOf(binary.Left) is { } left && Constant(binary.Right) is var (rightKnown, right) && rightKnown)
            {
                return new RuleClause(left, comparison, right, alternative, read, holds);
            }

            if (FactOf(binary.Right) is { } flipped && Constant(binary.Left) is var (leftKnown, leftValue) && leftKnown)
            {
                return new RuleClause(flipped, Flipped[comparison], leftValue, alternative, read, holds);
            }
        }

        if (FactOf(node) is { } yes && node.Type == typeof(bool))
        {
            return new RuleClause(yes, "is", true, alternative, read, holds);
        }

        if (node is UnaryExpression { NodeType: ExpressionType.Not } not && FactOf(not.Operand) is { } no)
        {
            return new RuleClause(no, "is-not", true, alternative, read, holds);
        }

        if (HoldsCall(node) is { } code)
        {
            return new RuleClause(nameof(HouseholdFacts.Benefits), "holds", code, alternative, read, holds);
        }

        if (node is UnaryExpression { NodeType: ExpressionType.Not } notHolds && HoldsCall(notHolds.Operand) is { } without)
        {
            return new RuleClause(nameof(HouseholdFacts.Benefits), "holds-not", without, alternative, read, holds);
        }

        return new RuleClause(null, "other", null, alternative, read, holds);
    }

    private static readonly Dictionary<ExpressionType, string> Comparisons = new()
    {
        [ExpressionType.LessThan] = "lt",
        [ExpressionType.LessThanOrEqual] = "le",
        [ExpressionType.GreaterThan] = "gt",
        [ExpressionType.GreaterThanOrEqual] = "ge",
        [ExpressionType.Equal] = "eq",
        [ExpressionType.NotEqual] = "ne",
    };

    /// <summary>The same comparison with its sides swapped: <c>70 &lt;= Age</c> reads as <c>Age &gt;= 70</c>.</summary>
    private static readonly Dictionary<string, string> Flipped = new(StringComparer.Ordinal)
    {
        ["lt"] = "gt",
        ["le"] = "ge",
        ["gt"] = "lt",
        ["ge"] = "le",
        ["eq"] = "eq",
        ["ne"] = "ne",
    };

    private static string? FactOf(Expression side) => side switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => FactOf(convert.Operand),
        MemberExpression { Expression: ParameterExpression } member => member.Member.Name,
        MethodCallExpression { Object: ParameterExpression } call => RuleExpressions.DefinedFact(call),
        _ => null,
    };

    /// <summary>A side that reads no fact (1510, 1510 * 2) has one value, worked out once.</summary>
    private static (bool Known, object? Value) Constant(Expression side)
    {
        var reads = new ReadFacts();
        reads.Visit(side);
        if (reads.Names.Count > 0 || reads.Calls)
        {
            return (false, null);
        }

        return (true, Expression.Lambda(side).Compile().DynamicInvoke());
    }

    private static string? HoldsCall(Expression node) =>
        node is MethodCallExpression { Object: ParameterExpression, Method.Name: nameof(RuleFacts.Holds) } call
        && call.Arguments[0] is ConstantExpression { Value: string code } ? code : null;

    internal static string Invariant(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private sealed class ReadFacts : ExpressionVisitor
    {
        public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);

        public bool Calls { get; private set; }

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
            if (node.Object is ParameterExpression)
            {
                Calls = true;
                Names.Add(RuleExpressions.DefinedFact(node) ?? nameof(HouseholdFacts.Benefits));
            }

            return base.VisitMethodCall(node);
        }
    }
}
