using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Persistence.ReadModels;

/// <summary>One thing the platform saw about a household, kept for the silent-family rules.</summary>
public sealed class HouseholdObservation
{
    public Guid Id { get; set; }

    public Guid HouseholdId { get; set; }

    public ObservationKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ItemCode { get; set; }

    public decimal? PerCapitaIncome { get; set; }

    public Observation ToDomain() => new(Kind, At, ItemCode, PerCapitaIncome);
}
