using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;

namespace OneWindow.PolicyLaw.Domain.Catalogue;

/// <summary>
/// A service item of the district catalogue (事项): what it is, and its versions. The district sets the
/// standard; a version, once published, never changes, so a file accepted under version 3 is decided
/// under version 3 even after version 4 takes effect.
/// </summary>
public sealed class ServiceItem
{
    private readonly List<ServiceItemVersion> _versions = [];

    private ServiceItem()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public string Category { get; private set; } = string.Empty;

    public ItemKind Kind { get; private set; }

    public WindowType WindowType { get; private set; }

    public ItemScope Scope { get; private set; }

    public IReadOnlyList<ServiceItemVersion> Versions => _versions;

    public static ServiceItem Create(string code, string name, string nameEn, string category, ItemKind kind, WindowType windowType, ItemScope scope)
    {
        if (!ItemCodes.IsValid(code))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-item-code", "An item code is 3 to 40 lower-case letters, digits and dashes.", "code");
        }

        return new ServiceItem
        {
            Code = code,
            Name = Require(name, "name", 100),
            NameEn = Require(nameEn, "nameEn", 200),
            Category = Require(category, "category", 50),
            Kind = kind,
            WindowType = windowType,
            Scope = scope,
        };
    }

    /// <summary>The version in force on a day, or null before the first one takes effect.</summary>
    public ServiceItemVersion? VersionOn(DateOnly day) =>
        _versions.Where(v => v.EffectiveFrom <= day).MaxBy(v => v.Version);

    public ServiceItemVersion Version(int version) =>
        _versions.SingleOrDefault(v => v.Version == version)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-item-version", $"Item {Code} has no version {version}.", "version");

    public ServiceItemVersion? Latest => _versions.MaxBy(v => v.Version);

    /// <summary>
    /// Publishes the next version. It takes effect today or later (a decision already taken is never
    /// re-based on a rule written afterwards) and after the versions before it.
    /// </summary>
    public ServiceItemVersion Publish(ServiceItemTerms terms, DateOnly effectiveFrom, DateOnly today, string publishedBy, DateTimeOffset publishedAt,
        IReadOnlyCollection<Eligibility.FactDefinition>? definedFacts = null)
    {
        if (effectiveFrom < today)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "effective-date-in-past", "A version cannot take effect before today.", "effectiveFrom");
        }

        if (Latest is { } latest && effectiveFrom < latest.EffectiveFrom)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "effective-date-before-previous",
                $"Version {latest.Version} takes effect on {latest.EffectiveFrom:yyyy-MM-dd}; the next cannot take effect earlier.", "effectiveFrom");
        }

        terms.Validate(Kind, definedFacts);
        var version = new ServiceItemVersion(Code, (Latest?.Version ?? 0) + 1, effectiveFrom, terms, publishedBy, publishedAt);
        _versions.Add(version);
        return version;
    }

    private static string Require(string value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) || value.Length > maxLength
            ? throw new DomainException(DomainErrorKind.Invalid, "invalid-" + field, $"{field} is required (at most {maxLength} characters).", field)
            : value.Trim();
}
