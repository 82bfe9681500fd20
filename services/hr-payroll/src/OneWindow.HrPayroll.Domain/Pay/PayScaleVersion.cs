using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Pay;

/// <summary>
/// One version of the district pay scale, in force from its date until the next version's. A raise is a
/// new version, never an edit; versions never overlap (each starts after the last one).
/// </summary>
public sealed class PayScaleVersion
{
    private PayScaleVersion()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public int Version { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public PayScaleTerms Terms { get; private set; } = null!;

    public string PublishedBy { get; private set; } = string.Empty;

    public DateTimeOffset PublishedAt { get; private set; }

    public static PayScaleVersion Publish(IReadOnlyCollection<PayScaleVersion> existing, PayScaleTerms terms, DateOnly effectiveFrom, string publishedBy, DateTimeOffset at)
    {
        terms.Validate();
        var latest = existing.MaxBy(v => v.EffectiveFrom);
        if (latest is not null && effectiveFrom <= latest.EffectiveFrom)
        {
            throw new DomainException(
                DomainErrorKind.Conflict,
                "scale-versions-overlap",
                $"Version {latest.Version} is in force from {latest.EffectiveFrom:yyyy-MM-dd}; a new version starts after it.",
                "effectiveFrom");
        }

        return new PayScaleVersion
        {
            Version = (existing.Count == 0 ? 0 : existing.Max(v => v.Version)) + 1,
            EffectiveFrom = effectiveFrom,
            Terms = terms,
            PublishedBy = publishedBy,
            PublishedAt = at,
        };
    }

    /// <summary>The version in force on a day, or none.</summary>
    public static PayScaleVersion? InForce(IEnumerable<PayScaleVersion> versions, DateOnly on) =>
        versions.Where(v => v.EffectiveFrom <= on).MaxBy(v => v.EffectiveFrom);
}
