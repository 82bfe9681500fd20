namespace OneWindow.Tenancy;

/// <summary>Scoped holder; set once per unit of work by the request middleware or the event dispatcher.</summary>
public sealed class TenantContext : ITenantContext
{
    public Tenant Current { get; private set; } = Tenant.None;

    public void Set(Tenant tenant) => Current = tenant;
}
