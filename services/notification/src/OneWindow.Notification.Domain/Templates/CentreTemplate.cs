using OneWindow.Common.Errors;

namespace OneWindow.Notification.Domain.Templates;

/// <summary>
/// A centre's own wording (一街一策) of a district template, within the district's rules: the district must
/// allow overrides for that kind and channel, and the centre's wording must keep every variable the district's
/// current version uses, so no centre can leave out what the resident must be told (e.g. the materials to bring).
/// Versioned like district templates.
/// </summary>
public sealed class CentreTemplate
{
    private CentreTemplate()
    {
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    public Channel Channel { get; private set; }

    public string Locale { get; private set; } = Locales.Chinese;

    public int Version { get; private set; }

    /// <summary>The district version the wording was checked against.</summary>
    public int DistrictVersion { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>A withdrawn override: the district's wording applies again.</summary>
    public bool Withdrawn { get; private set; }

    public string SavedBy { get; private set; } = string.Empty;

    public DateTimeOffset SavedAt { get; private set; }

    public static CentreTemplate Save(Guid id, Template district, string title, string body, int previousVersion, string savedBy, DateTimeOffset now)
    {
        if (!district.CentreOverridesAllowed)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "override-not-allowed",
                $"The district's {district.Kind} {district.Channel} notice is worded for every centre alike and cannot be adapted.", "kind");
        }

        var kind = NotificationKinds.Get(district.Kind);
        var syntax = Template.Check(kind, district.Channel, title, body);
        var dropped = district.Variables.Where(v => !syntax.Variables.Contains(v)).ToList();
        if (dropped.Count > 0)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "override-drops-variable",
                $"A centre's wording keeps what the district's tells: {string.Join(", ", dropped.Select(v => "{{" + v + "}}"))} missing.", "body");
        }

        return new CentreTemplate
        {
            Id = id,
            Kind = district.Kind,
            Channel = district.Channel,
            Locale = district.Locale,
            Version = previousVersion + 1,
            DistrictVersion = district.Version,
            Title = string.IsNullOrWhiteSpace(title) ? district.Title : title.Trim(),
            Body = body,
            SavedBy = savedBy,
            SavedAt = now,
        };
    }

    public static CentreTemplate Withdraw(Guid id, CentreTemplate current, string savedBy, DateTimeOffset now) => new()
    {
        Id = id,
        Kind = current.Kind,
        Channel = current.Channel,
        Locale = current.Locale,
        Version = current.Version + 1,
        DistrictVersion = current.DistrictVersion,
        Title = current.Title,
        Body = current.Body,
        Withdrawn = true,
        SavedBy = savedBy,
        SavedAt = now,
    };

    public TemplateSyntax Syntax() => TemplateSyntax.Parse(Body, NotificationKinds.Get(Kind));

    /// <summary>
    /// Whether this wording still keeps every variable of the district's version in force: when the district
    /// adds a fact to its wording, a centre's older wording gives way until the centre saves it again.
    /// </summary>
    public bool Keeps(Template district) => !Withdrawn && district.CentreOverridesAllowed && district.Variables.All(Syntax().Variables.Contains);
}
