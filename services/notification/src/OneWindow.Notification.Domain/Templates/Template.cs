using OneWindow.Common.Errors;

namespace OneWindow.Notification.Domain.Templates;

/// <summary>
/// One version of the district's wording of a kind of notice on a channel in a language. Versions are never
/// changed: saving a template adds the next version, and deliveries name the version they were rendered from.
/// </summary>
public sealed class Template
{
    /// <summary>Longest body per channel: an SMS is read on a phone (long SMS are split into 67-character parts).</summary>
    public static int MaxLength(Channel channel) => channel switch
    {
        Channel.Sms => 500,
        Channel.Letter => 10_000,
        _ => 2_000,
    };

    private readonly List<string> _variables = [];

    private Template()
    {
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    public Channel Channel { get; private set; }

    public string Locale { get; private set; } = Locales.Chinese;

    public int Version { get; private set; }

    /// <summary>Title: the inbox heading, the letter's subject line; not used by SMS.</summary>
    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>Whether centres may adapt the wording (一街一策) of this kind on this channel.</summary>
    public bool CentreOverridesAllowed { get; private set; }

    public string SavedBy { get; private set; } = string.Empty;

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>The variables the body uses: a centre's wording must keep every one (the facts the district tells).</summary>
    public IReadOnlyList<string> Variables => _variables;

    /// <summary>Validates and creates a version; <paramref name="previousVersion"/> is 0 for the first.</summary>
    public static Template Save(
        Guid id, string kindCode, Channel channel, string locale, string title, string body, bool centreOverridesAllowed, int previousVersion, string savedBy, DateTimeOffset now)
    {
        var kind = KindFor(kindCode, channel, locale);
        var syntax = Check(kind, channel, title, body);
        var template = new Template
        {
            Id = id,
            Kind = kind.Code,
            Channel = channel,
            Locale = locale,
            Version = previousVersion + 1,
            Title = title.Trim(),
            Body = body,
            CentreOverridesAllowed = centreOverridesAllowed,
            SavedBy = savedBy,
            SavedAt = now,
        };
        template._variables.AddRange(syntax.Variables.Order(StringComparer.Ordinal));
        return template;
    }

    public TemplateSyntax Syntax() => TemplateSyntax.Parse(Body, NotificationKinds.Get(Kind));

    public static NotificationKind KindFor(string kindCode, Channel channel, string locale)
    {
        var kind = NotificationKinds.Find(kindCode)
            ?? throw new DomainException(DomainErrorKind.Invalid, "unknown-kind",
                $"'{kindCode}' is not a kind of notice; kinds: {string.Join(", ", NotificationKinds.All.Select(k => k.Code))}.", "kind");
        if (!kind.Channels.Contains(channel))
        {
            throw new DomainException(DomainErrorKind.Invalid, "channel-not-offered",
                $"A {kind.Code} notice goes by {string.Join(", ", kind.Channels)}, not {channel}.", "channel");
        }

        return Locales.All.Contains(locale)
            ? kind
            : throw new DomainException(DomainErrorKind.Invalid, "unknown-locale", $"Templates are written in {string.Join(" or ", Locales.All)}.", "locale");
    }

    internal static TemplateSyntax Check(NotificationKind kind, Channel channel, string title, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new DomainException(DomainErrorKind.Invalid, "body-required", "body is required.", "body");
        }

        if (body.Length > MaxLength(channel))
        {
            throw new DomainException(DomainErrorKind.Invalid, "body-too-long", $"A {channel} template is at most {MaxLength(channel)} characters.", "body");
        }

        if (title.Length > 100)
        {
            throw new DomainException(DomainErrorKind.Invalid, "title-too-long", "title is at most 100 characters.", "title");
        }

        var syntax = TemplateSyntax.Parse(body, kind);
        // Rendering every variable's sample catches what parsing alone cannot (a bug in the language), before anyone is sent it.
        var samples = new TemplateValues();
        foreach (var variable in kind.Variables)
        {
            Sample(samples, variable);
        }

        _ = syntax.Render(kind, samples, Locales.Chinese);
        return syntax;
    }

    /// <summary>Puts the sample value of a variable's type (previews, validation at save).</summary>
    public static void Sample(TemplateValues values, VariableDefinition variable)
    {
        switch (TemplateValues.Sample(variable.Type))
        {
            case string text: values.Text(variable.Name, text); break;
            case DateOnly day: values.Date(variable.Name, day); break;
            case DateTimeOffset instant: values.Instant(variable.Name, instant); break;
            case decimal amount: values.Money(variable.Name, amount); break;
            case int count: values.Count(variable.Name, count); break;
            case bool flag: values.Flag(variable.Name, flag); break;
            case List<string> list: values.List(variable.Name, list); break;
        }
    }
}
