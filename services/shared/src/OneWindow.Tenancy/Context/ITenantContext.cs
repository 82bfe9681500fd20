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
