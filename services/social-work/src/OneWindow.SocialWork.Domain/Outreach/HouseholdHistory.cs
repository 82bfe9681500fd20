namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>A household as the silent-family rules read it.</summary>
public sealed record HouseholdHistory(Guid HouseholdId, HouseholdSnapshot Current, IReadOnlyList<Observation> Observations, bool HasOpenCase)
{
    public DateTimeOffset? LastContact =>
        Observations.Where(o => o.Kind == ObservationKind.Contact).Select(o => (DateTimeOffset?)o.At).DefaultIfEmpty().Max();
}
