using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OneWindow.Notification.Domain.Templates;

namespace OneWindow.Notification.Channels;

/// <summary>
/// Our notices as the provider's templates (<c>Notification:Sms:Templates</c>): Tencent sends an approved template
/// with parameters, never free text, so each kind of notice that goes by SMS names its template and which of its
/// values fill <c>{1}</c>, <c>{2}</c>…
/// </summary>
public sealed partial class SmsTemplates
{
    /// <summary>The residents' sign-in code, texted for identity (not a kind of notice): its parameters are the code and the minutes.</summary>
    public const string SignInCode = "sign-in-code";

    private readonly IReadOnlyList<SmsTemplateOptions> _templates;

    public SmsTemplates(IOptions<NotificationOptions> options) => _templates = options.Value.Sms.Templates;

    /// <summary>Throws naming the first template whose kind, values or placeholders do not fit; the host calls it as it starts.</summary>
    public static void Validate(IEnumerable<SmsTemplateOptions> templates)
    {
        foreach (var template in templates)
        {
            Check(template);
        }
    }

    public SmsTemplateOptions? Find(string kind, string locale) =>
        _templates.FirstOrDefault(t => t.Kind == kind && t.Locale == locale);

    public SmsTemplateOptions? ById(string templateId) => _templates.FirstOrDefault(t => t.TemplateId == templateId);

    /// <summary>
    /// The parameters a notice fills its template with, rendered as in the notice; a value the notice does not have
    /// is written 无 (none), as a template has no optional parts. Empty when the kind has no template in this language.
    /// </summary>
    public string[] Parameters(string kind, string locale, TemplateValues values) =>
        Find(kind, locale) is { } template
            ? [.. template.Parameters.Select(name => values.TryGet(name, out var value) ? TemplateValues.Format(value, locale) : locale == Locales.English ? "none" : "无")]
            : [];

    /// <summary>The text as the provider puts it together: the signature, then the template with its parameters.</summary>
    public static string Render(string signName, SmsTemplateOptions template, IReadOnlyList<string> parameters) =>
        $"【{signName}】" + Placeholder().Replace(template.Text, match =>
        {
            var index = int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) - 1;
            return index < parameters.Count ? parameters[index] : match.Value;
        });

    private static void Check(SmsTemplateOptions template)
    {
        var where = $"Notification:Sms:Templates ({template.Kind}, {template.Locale})";
        if (string.IsNullOrWhiteSpace(template.TemplateId))
        {
            throw new InvalidOperationException($"{where} has no TemplateId.");
        }

        var variables = template.Kind == SignInCode
            ? ["code", "valid_minutes"]
            : NotificationKinds.Find(template.Kind)?.Variables.Select(v => v.Name).ToList()
                ?? throw new InvalidOperationException($"{where}: '{template.Kind}' is not a kind of notice.");
        if (template.Parameters.FirstOrDefault(p => !variables.Contains(p)) is { } unknown)
        {
            throw new InvalidOperationException($"{where}: '{unknown}' is not one of the notice's values ({string.Join(", ", variables)}).");
        }

        var placeholders = Placeholder().Matches(template.Text).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        if (!placeholders.SequenceEqual(Enumerable.Range(1, template.Parameters.Count)))
        {
            throw new InvalidOperationException($"{where}: the text has placeholders {{{string.Join("}, {", placeholders)}}} for {template.Parameters.Count} parameters.");
        }
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
