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

    public static (Expression<Func<RuleFacts, T>> Lambda, IReadOnlyList<string> Facts) Parse<T>(string text, string field, IReadOnlyCollection<FactDefinition>? defined = null)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            throw new InvalidRuleException(RuleFault.Length, $"A rule is 1 to {MaxLength} characters.", field, null);
        }

        var (parsed, firstRewrite) = Rewrite(text, defined ?? []);
        var parameter = Expression.Parameter(typeof(RuleFacts), "facts");
        Expression body;
        try
        {
            body = DynamicExpressionParser.ParseLambda(Config, [parameter], null, parsed).Body;
        }
        catch (ParseException exception)
        {
            // A position past a defined fact's rewriting is in the rewritten text, not the district's: not told.
            int? position = exception.Position < firstRewrite ? exception.Position : null;
            if (exception.Message.Contains("No property or field", StringComparison.Ordinal))
            {
                throw new InvalidRuleException(RuleFault.UnknownFact,
                    $"The rule reads a fact that is not defined: {exception.Message} The facts are those of policy-law and those the district defined.", field, position);
            }

            if (exception.Message.Contains("incompatible", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("not compatible", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidRuleException(RuleFault.FactType, $"A fact is used as a type it is not: {exception.Message}", field, position);
            }

            throw new InvalidRuleException(RuleFault.DoesNotParse,
                $"The rule does not parse at position {exception.Position}: {exception.Message}", field, position);
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

    /// <summary>The defined fact a call reads (<c>Number("ElderlyCount", "ElderlyMembers")</c>), or null for <c>Holds</c>.</summary>
    internal static string? DefinedFact(MethodCallExpression call) =>
        call.Method.Name is nameof(RuleFacts.Number) or nameof(RuleFacts.Amount) or nameof(RuleFacts.YesNo)
        && call.Arguments[0] is ConstantExpression { Value: string name } ? name : null;

    /// <summary>
    /// The rule with each defined fact it names written as the call that reads it (<c>ElderlyCount</c> becomes
    /// <c>Number("ElderlyCount", "ElderlyMembers")</c>); quoted text (item codes) is left alone. Also where the first
    /// rewriting is, so a parse error's position is told only when it is still the district's.
    /// </summary>
    private static (string Text, int FirstRewrite) Rewrite(string text, IReadOnlyCollection<FactDefinition> defined)
    {
        if (defined.Count == 0)
        {
            return (text, int.MaxValue);
        }

        var byName = defined.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var first = int.MaxValue;
        var rewritten = new System.Text.StringBuilder(text.Length);
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (quoted || !char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '_')))
            {
                rewritten.Append(c);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            var word = text[i..end];
            if (byName.TryGetValue(word, out var fact))
            {
                first = Math.Min(first, i);
                var method = fact.Type switch
                {
                    FactType.Money => nameof(RuleFacts.Amount),
                    FactType.YesNo => nameof(RuleFacts.YesNo),
                    _ => nameof(RuleFacts.Number),
                };
                rewritten.Append(System.Globalization.CultureInfo.InvariantCulture, $"{method}(\"{fact.Name}\", \"{fact.ReadsFact}\")");
            }
            else
            {
                rewritten.Append(word);
            }

            i = end;
        }

        return (rewritten.ToString(), first);
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
            if (node.Object is ParameterExpression)
            {
                Names.Add(DefinedFact(node) ?? nameof(HouseholdFacts.Benefits));
            }

            return base.VisitMethodCall(node);
        }
    }
}
