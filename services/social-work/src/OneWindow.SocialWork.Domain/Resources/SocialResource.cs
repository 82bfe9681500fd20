using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Domain.Resources;

/// <summary>
/// A social resource of the centre's directory: what it offers (in the words of households' needs), how many
/// families it can take at once, and whom to call. Each active referral or pairing holds one place.
/// </summary>
public sealed class SocialResource
{
    public const int MaxCapacity = 10_000;

    private readonly List<Need> _services = [];

    private SocialResource()
    {
    }

    public Guid Id { get; private set; }

    public ResourceKind Kind { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public IReadOnlyList<Need> Services => _services;

    public int Capacity { get; private set; }

    /// <summary>Places taken by active referrals and pairings.</summary>
    public int InUse { get; private set; }

    public string ContactName { get; private set; } = string.Empty;

    public string ContactPhone { get; private set; } = string.Empty;

    public string? Address { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int FreePlaces => Math.Max(Capacity - InUse, 0);

    public static SocialResource Register(
        Guid id, ResourceKind kind, string name, string? description, IEnumerable<Need> services, int capacity, string contactName, string contactPhone, string? address, DateTimeOffset now)
    {
        var resource = new SocialResource { Id = id, Kind = kind, Active = true };
        resource.Describe(name, description, services, capacity, contactName, contactPhone, address, now);
        return resource;
    }

    public void Describe(string name, string? description, IEnumerable<Need> services, int capacity, string contactName, string contactPhone, string? address, DateTimeOffset now)
    {
        var offered = services.Distinct().Order().ToList();
        if (offered.Count == 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "services-required", "services: at least one service the resource offers.", "services");
        }

        if (capacity is < 1 or > MaxCapacity)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-capacity", $"capacity is 1 to {MaxCapacity} families at once.", "capacity");
        }

        if (capacity < InUse)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "capacity-below-use", $"{InUse} places are in use: capacity cannot be lower.", "capacity");
        }

        Name = Required(name, "name", 100);
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        _services.Clear();
        _services.AddRange(offered);
        Capacity = capacity;
        ContactName = Required(contactName, "contactName", 50);
        ContactPhone = Required(contactPhone, "contactPhone", 30);
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        UpdatedAt = now;
    }

    public void Deactivate(DateTimeOffset now)
    {
        Active = false;
        UpdatedAt = now;
    }

    /// <summary>Takes one place for a referral or pairing; a resource at capacity or withdrawn takes no one.</summary>
    public void TakePlace(DateTimeOffset now)
    {
        if (!Active)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "resource-inactive", $"{Name} is no longer in the directory.", "resourceId");
        }

        if (InUse >= Capacity)
        {
            throw new DomainException(DomainErrorKind.Conflict, "resource-at-capacity", $"{Name} is at capacity ({Capacity} families); choose another resource or conclude a referral first.", "resourceId");
        }

        InUse++;
        UpdatedAt = now;
    }

    public void ReleasePlace(DateTimeOffset now)
    {
        InUse = Math.Max(InUse - 1, 0);
        UpdatedAt = now;
    }

    private static string Required(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > max
            ? throw new DomainException(DomainErrorKind.Invalid, $"{field}-required", $"{field} is required, at most {max} characters.", field)
            : value.Trim();
}
