namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>The household's facts as last reported (figures that identify nobody).</summary>
public sealed record HouseholdSnapshot(int? HeadAge, int HouseholdSize, decimal? PerCapitaIncome, int? DisabilityGrade, IReadOnlyList<string> Benefits);
