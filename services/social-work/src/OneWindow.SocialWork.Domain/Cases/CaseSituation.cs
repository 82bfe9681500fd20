using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>
/// The household's situation as the social worker assessed it: structured, so plans and resource matching can
/// read it; the narrative goes to the case notes (sensitive ones encrypted).
/// </summary>
public sealed record CaseSituation(
    IReadOnlyList<Need> Needs,
    IReadOnlyList<Risk> Risks,
    decimal? MonthlyIncome,
    HealthStatus Health,
    HousingStatus Housing,
    EmploymentStatus Employment,
    string? Summary)
{
    public const int SummaryMaxLength = 1_000;

    public static CaseSituation Unassessed { get; } = new([], [], null, HealthStatus.Unknown, HousingStatus.Unknown, EmploymentStatus.Unknown, null);

    public static CaseSituation Create(
        IEnumerable<Need> needs, IEnumerable<Risk> risks, decimal? monthlyIncome, HealthStatus health, HousingStatus housing, EmploymentStatus employment, string? summary)
    {
        if (monthlyIncome is < 0 || (monthlyIncome is { } income && decimal.Round(income, 2) != income))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "monthlyIncome is a non-negative amount in yuan with at most two decimals.", "monthlyIncome");
        }

        if (summary is { Length: > SummaryMaxLength })
        {
            throw new DomainException(DomainErrorKind.Invalid, "summary-too-long", $"summary is at most {SummaryMaxLength} characters.", "summary");
        }

        return new CaseSituation(
            [.. needs.Distinct().Order()], [.. risks.Distinct().Order()], monthlyIncome, health, housing, employment, string.IsNullOrWhiteSpace(summary) ? null : summary.Trim());
    }
}
