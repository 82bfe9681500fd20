namespace OneWindow.PolicyLaw.Domain.Catalogue;

public sealed class ServiceItemVersion
{
    private ServiceItemVersion()
    {
        ItemCode = string.Empty;
        Terms = null!;
        PublishedBy = string.Empty;
    }

    internal ServiceItemVersion(string itemCode, int version, DateOnly effectiveFrom, ServiceItemTerms terms, string publishedBy, DateTimeOffset publishedAt)
    {
        ItemCode = itemCode;
        Version = version;
        EffectiveFrom = effectiveFrom;
        Terms = terms;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
    }

    public string ItemCode { get; private set; }

    public int Version { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public ServiceItemTerms Terms { get; private set; }

    public string PublishedBy { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }
}
