using OneWindow.Common.Errors;
using OneWindow.Notification.Domain.Templates;

namespace OneWindow.Notification.Domain.Deliveries;

/// <summary>
/// How a resident wants to be told: by SMS or not, by letter as well, in which language, and which kinds of
/// notice they do not want at all. Legally required notices (decisions, what to bring) reach them whatever they chose.
/// </summary>
public sealed class RecipientPreference
{
    private readonly List<string> _optedOutKinds = [];

    private RecipientPreference()
    {
    }

    public Guid ResidentId { get; private set; }

    public bool Sms { get; private set; } = true;

    public bool Letter { get; private set; }

    public string Locale { get; private set; } = Locales.Chinese;

    /// <summary>Kinds of notice the resident opted out of (e.g. <c>review-due</c>).</summary>
    public IReadOnlyList<string> OptedOutKinds => _optedOutKinds;

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The defaults of a resident who never said: SMS and the app in Chinese, nothing opted out.</summary>
    public static RecipientPreference Default(Guid residentId) => new() { ResidentId = residentId };

    public void Change(bool sms, bool letter, string locale, IEnumerable<string> optedOutKinds, string by, DateTimeOffset now)
    {
        if (!Locales.All.Contains(locale))
        {
            throw new DomainException(DomainErrorKind.Invalid, "unknown-locale", $"locale is one of {string.Join(", ", Locales.All)}.", "locale");
        }

        var kinds = optedOutKinds.Select(k => k.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var code in kinds)
        {
            var kind = NotificationKinds.Find(code);
            if (kind is null || kind.Audience != Audience.Resident)
            {
                throw new DomainException(DomainErrorKind.Invalid, "unknown-kind", $"'{code}' is not a kind of notice residents receive.", "optedOutKinds");
            }

            if (kind.LegallyRequired)
            {
                throw new DomainException(DomainErrorKind.RuleViolated, "legally-required",
                    $"A {code} notice is required by law and cannot be opted out of.", "optedOutKinds");
            }
        }

        Sms = sms;
        Letter = letter;
        Locale = locale;
        _optedOutKinds.Clear();
        _optedOutKinds.AddRange(kinds);
        UpdatedBy = by;
        UpdatedAt = now;
    }

    /// <summary>Why a notice of this kind on this channel is not to be sent, or null when it is.</summary>
    public string? Refuses(NotificationKind kind, Channel channel)
    {
        if (kind.LegallyRequired)
        {
            return null;
        }

        if (OptedOutKinds.Contains(kind.Code))
        {
            return $"opted out of {kind.Code}";
        }

        return channel == Channel.Sms && !Sms ? "opted out of SMS" : null;
    }

    /// <summary>
    /// The channels a resident's notice goes by: the app always, SMS (recorded as suppressed when refused, so
    /// "why did I get no message" has an answer), and a letter as well when the resident asked for letters.
    /// </summary>
    public IEnumerable<Channel> Channels()
    {
        yield return Channel.App;
        yield return Channel.Sms;
        if (Letter)
        {
            yield return Channel.Letter;
        }
    }
}
