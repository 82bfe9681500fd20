namespace OneWindow.Tenancy;

/// <summary>The tenant of the current unit of work (a request, an event delivery, a job).</summary>
public interface ITenantContext
{
    Tenant Current { get; }

    /// <summary>The centre in scope, or <see cref="TenantRequiredException"/> (403) when there is none.</summary>
    string RequireCentre() =>
        Current.CentreCode ?? throw new TenantRequiredException(
            Current.DistrictWide
                ? "This action changes one centre's data: name the centre (X-OneWindow-Centre)."
                : "This action needs a street centre, and the caller has none.");
}

/// <summary>Scoped holder; set once per unit of work by the request middleware or the event dispatcher.</summary>
public sealed class TenantContext : ITenantContext
{
    public Tenant Current { get; private set; } = Tenant.None;

    public void Set(Tenant tenant) => Current = tenant;
}

/// <summary>The unit of work needs a centre and has none in scope.</summary>
public sealed class TenantRequiredException(string message) : Exception(message);
