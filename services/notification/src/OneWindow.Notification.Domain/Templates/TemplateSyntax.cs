using System.Text;
using OneWindow.Common.Errors;

namespace OneWindow.Notification.Domain.Templates;

/// <summary>
/// The template language: plain text with tags in double braces, a small subset of Mustache.
/// <list type="bullet">
/// <item><c>{{name}}</c> inserts a variable (lists joined with 、).</item>
/// <item><c>{{#name}}…{{/name}}</c> repeats for each element of a list (<c>{{.}}</c> the element,
/// <c>{{@index}}</c> its number from 1), or shows its text when a flag is true or an optional variable is present.</item>
/// <item><c>{{^name}}…{{/name}}</c> shows its text when the variable is absent, false or an empty list.</item>
/// </list>
/// Nothing else: no expressions, no functions, no loops but over lists, so a template saved by a centre can
/// neither read anything but its kind's variables nor run away.
/// </summary>
public sealed class TemplateSyntax
{
    private TemplateSyntax(IReadOnlyList<Node> nodes, IReadOnlySet<string> variables)
    {
        Nodes = nodes;
        Variables = variables;
    }

    internal IReadOnlyList<Node> Nodes { get; }

    /// <summary>Every variable the template uses.</summary>
    public IReadOnlySet<string> Variables { get; }

    /// <summary>Parses and checks a template against its kind's variables; refuses it with the line and column of the first fault.</summary>
    public static TemplateSyntax Parse(string body, NotificationKind kind, string field = "body")
    {
        var root = new List<Node>();
        var open = new Stack<(SectionNode Section, Position At)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        while (position < body.Length)
        {
            var start = body.IndexOf("{{", position, StringComparison.Ordinal);
            var target = open.Count > 0 ? open.Peek().Section.Children : root;
            if (start < 0)
            {
                target.Add(new TextNode(body[position..]));
                break;
            }

            if (start > position)
            {
                target.Add(new TextNode(body[position..start]));
            }

            var at = Position.Of(body, start);
            var end = body.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                throw Fault("template-syntax", $"A tag opened at {at} is never closed with }}}}.", field);
            }

            var tag = body[(start + 2)..end].Trim();
            position = end + 2;
            if (tag.Length == 0)
            {
                throw Fault("template-syntax", $"An empty tag {{{{}}}} at {at}.", field);
            }

            var list = open.FirstOrDefault(o => o.Section.Inverted is false && kind.Variable(o.Section.Name)?.Type == VariableType.List).Section;
            switch (tag[0])
            {
                case '#' or '^':
                    var name = Name(tag[1..].Trim(), at, kind, field);
                    used.Add(name);
                    var section = new SectionNode(name, tag[0] == '^', []);
                    target.Add(section);
                    open.Push((section, at));
                    break;
                case '/':
                    var closing = tag[1..].Trim();
                    if (open.Count == 0 || open.Peek().Section.Name != closing)
                    {
                        throw Fault("template-syntax", open.Count == 0
                            ? $"{{{{/{closing}}}}} at {at} closes a section that was never opened."
                            : $"{{{{/{closing}}}}} at {at} does not match {{{{#{open.Peek().Section.Name}}}}} opened at {open.Peek().At}.", field);
                    }

                    open.Pop();
                    break;
                case '.' when tag == ".":
                    target.Add(list is not null
                        ? new ElementNode()
                        : throw Fault("template-syntax", $"{{{{.}}}} at {at} is outside a section over a list.", field));
                    break;
                case '@' when tag == "@index":
                    target.Add(list is not null
                        ? new IndexNode()
                        : throw Fault("template-syntax", $"{{{{@index}}}} at {at} is outside a section over a list.", field));
                    break;
                default:
                    var variable = Name(tag, at, kind, field);
                    if (kind.Variable(variable)!.Type == VariableType.Flag)
                    {
                        throw Fault("template-syntax", $"{{{{{variable}}}}} at {at} is a yes/no flag: use it as a section, {{{{#{variable}}}}}…{{{{/{variable}}}}}.", field);
                    }

                    used.Add(variable);
                    target.Add(new VariableNode(variable));
                    break;
            }
        }

        if (open.Count > 0)
        {
            var (section, at) = open.Peek();
            throw Fault("template-syntax", $"The section {{{{#{section.Name}}}}} opened at {at} is never closed with {{{{/{section.Name}}}}}.", field);
        }

        return new TemplateSyntax(root, used);
    }

    /// <summary>Renders with typed values; a required variable without a value, or a value of the wrong type, is a bug of the caller.</summary>
    public string Render(NotificationKind kind, TemplateValues values, string locale)
    {
        foreach (var variable in kind.Variables)
        {
            if (values.TryGet(variable.Name, out var value))
            {
                if (!TemplateValues.Matches(value, variable.Type))
                {
                    throw new InvalidOperationException($"{kind.Code}: {variable.Name} is a {variable.Type}, not a {value.GetType().Name}.");
                }
            }
            else if (variable.Required && Variables.Contains(variable.Name))
            {
                throw new InvalidOperationException($"{kind.Code}: the required variable {variable.Name} has no value.");
            }
        }

        var text = new StringBuilder();
        Write(text, Nodes, values, locale, element: null, index: 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, IReadOnlyList<Node> nodes, TemplateValues values, string locale, string? element, int index)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode t:
                    text.Append(t.Text);
                    break;
                case VariableNode v when values.TryGet(v.Name, out var value):
                    text.Append(TemplateValues.Format(value, locale));
                    break;
                case ElementNode:
                    text.Append(element);
                    break;
                case IndexNode:
                    text.Append(index);
                    break;
                case SectionNode s:
                    var present = values.TryGet(s.Name, out var sectionValue) && sectionValue is not (false or IReadOnlyList<string> { Count: 0 });
                    if (s.Inverted)
                    {
                        if (!present)
                        {
                            Write(text, s.Children, values, locale, element, index);
                        }
                    }
                    else if (present && sectionValue is IReadOnlyList<string> list)
                    {
                        for (var i = 0; i < list.Count; i++)
                        {
                            Write(text, s.Children, values, locale, list[i], i + 1);
                        }
                    }
                    else if (present)
                    {
                        Write(text, s.Children, values, locale, element, index);
                    }

                    break;
            }
        }
    }

    private static string Name(string name, Position at, NotificationKind kind, string field)
    {
        if (kind.Variable(name) is null)
        {
            throw Fault("unknown-variable",
                $"Unknown variable '{name}' at {at}: a {kind.Code} notice offers {string.Join(", ", kind.Variables.Select(v => v.Name))}.", field);
        }

        return name;
    }

    private static DomainException Fault(string code, string message, string field) => new(DomainErrorKind.Invalid, code, message, field);

    internal abstract record Node;

    internal sealed record TextNode(string Text) : Node;

    internal sealed record VariableNode(string Name) : Node;

    internal sealed record ElementNode : Node;

    internal sealed record IndexNode : Node;

    internal sealed record SectionNode(string Name, bool Inverted, List<Node> Children) : Node;

    private readonly record struct Position(int Line, int Column)
    {
        public static Position Of(string text, int offset)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new Position(line, offset - lineStart + 1);
        }

        public override string ToString() => $"line {Line}, column {Column}";
    }
}
