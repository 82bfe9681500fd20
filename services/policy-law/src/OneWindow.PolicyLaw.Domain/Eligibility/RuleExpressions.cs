using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

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
            throw new InvalidRuleException(RuleFault.Length, $"A rule is 1 to {MaxLength} characters.", field, null);
        }

        var parameter = Expression.Parameter(typeof(RuleFacts), "facts");
        Expression body;
        try
        {
            body = DynamicExpressionParser.ParseLambda(Config, [parameter], null, text).Body;
        }
        catch (ParseException exception)
        {
            throw new InvalidRuleException(RuleFault.DoesNotParse,
                $"The rule does not parse at position {exception.Position}: {exception.Message}", field, exception.Position);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidRuleException(RuleFault.DoesNotParse, $"The rule does not parse: {exception.Message}", field, null);
        }

        // A condition must be one; an amount may be any number (1000, 1510 * 1.3) and is taken as decimal.
        var numeric = body.Type == typeof(int) || body.Type == typeof(long) || body.Type == typeof(double) || body.Type == typeof(decimal);
        if (body.Type != typeof(T) && !(typeof(T) == typeof(decimal) && numeric))
        {
            throw typeof(T) == typeof(bool)
                ? new InvalidRuleException(RuleFault.NotACondition, "The rule must be a condition (true or false), e.g. Age >= 70 && LocalHukou.", field, null)
                : new InvalidRuleException(RuleFault.NotAnAmount, "The rule must be an amount, e.g. (1510 - PerCapitaIncome) * HouseholdSize.", field, null);
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
