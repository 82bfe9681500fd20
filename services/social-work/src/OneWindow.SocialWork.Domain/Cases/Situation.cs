using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>What a household needs help with; resources offer the same words, so needs and offers can be matched.</summary>
public enum Need
{
    /// <summary>经济困难.</summary>
    Income,

    /// <summary>就业.</summary>
    Employment,

    /// <summary>职业技能培训.</summary>
    JobTraining,

    /// <summary>养老照护.</summary>
    ElderlyCare,

    /// <summary>助残.</summary>
    DisabilitySupport,

    /// <summary>医疗健康.</summary>
    Health,

    /// <summary>住房.</summary>
    Housing,

    /// <summary>助学.</summary>
    Education,

    /// <summary>心理疏导.</summary>
    Psychological,

    /// <summary>法律援助.</summary>
    Legal,

    /// <summary>结对关爱、陪伴.</summary>
    Companionship,

    /// <summary>生活照料、助餐.</summary>
    DailyLiving,
}

public enum Risk
{
    LivingAlone,
    SeriousIllness,
    Disability,
    Debt,
    FamilyConflict,
    MentalHealth,
    UnsafeHousing,
    LongTermUnemployment,
}

public enum HealthStatus
{
    Unknown,
    Good,
    ChronicIllness,
    SeriousIllness,
    Disabled,
}

public enum HousingStatus
{
    Unknown,
    Owned,
    PublicRental,
    PrivateRental,
    Unstable,
}

/// <summary>A person's work situation, as a labour-resource survey (劳动力资源调查) or a case assessment records it.</summary>
public enum EmploymentStatus
{
    Unknown,
    Employed,
    FlexiblyEmployed,
    Unemployed,
    Retired,
    Student,
    UnableToWork,
}

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
