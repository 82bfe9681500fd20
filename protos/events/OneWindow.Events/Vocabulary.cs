namespace OneWindow.Events;

/// <summary>即办件 / 内部流转件 / 外部会同办件.</summary>
public enum ItemKind
{
    Instant,
    Routed,
    Joint,
}

/// <summary>The typed windows residents queue for.</summary>
public enum WindowType
{
    /// <summary>政策咨询.</summary>
    PolicyConsultation,

    /// <summary>综合服务.</summary>
    Comprehensive,

    /// <summary>缴费.</summary>
    Payment,
}

/// <summary>Whether an item is decided for one person or for the whole household.</summary>
public enum ItemScope
{
    Person,
    Household,
}

/// <summary>How the result reaches the resident (最多跑一次: the home, unless they choose otherwise).</summary>
public enum DeliveryMethod
{
    HomeDelivery,
    Post,
    Electronic,
    CollectAtCentre,
}

public enum Department
{
    FrontWindows,
    FirstReview,
    PolicyAndLaw,
    SocialWork,
    Grid,
    CentreManagement,
}

public enum ReviewOutcome
{
    Passed,
    Returned,
    Rejected,
}

public enum CompletionOutcome
{
    Granted,
    Rejected,
    Withdrawn,
}

/// <summary>Why a file went to a reviewer.</summary>
public enum AssignmentReason
{
    /// <summary>The item's A (primary) reviewer.</summary>
    A,

    /// <summary>The B (backup) reviewer, the A being away.</summary>
    B,

    /// <summary>Balanced to someone who knows the item.</summary>
    Load,

    /// <summary>Moved because the holder went on leave.</summary>
    Leave,

    /// <summary>Reassigned by the department head, with a reason.</summary>
    ByHand,
}

public enum PaymentMethod
{
    Cash,
    Card,
    MobilePay,
    Waived,
}

/// <summary>One material the resident must bring for an item.</summary>
/// <param name="Code">Stable within the item version.</param>
/// <param name="Name">As printed in the guide (Chinese).</param>
/// <param name="Original">Original (true) or copy.</param>
/// <param name="Count">How many.</param>
/// <param name="Condition">When it is needed (null: always), e.g. "申请人有残疾的".</param>
public sealed record RequiredMaterialFact(string Code, string Name, bool Original, int Count, string? Condition);

/// <summary>The facts eligibility rules read, in bands and figures that identify nobody.</summary>
public sealed record EligibilityFacts
{
    public int? AgeYears { get; init; }

    public string? HukouDistrict { get; init; }

    public int HouseholdSize { get; init; }

    /// <summary>Monthly per-capita income of the household, CNY.</summary>
    public decimal? PerCapitaMonthlyIncome { get; init; }

    /// <summary>1 (most severe) to 4; null when none.</summary>
    public int? DisabilityGrade { get; init; }

    /// <summary>Item codes of benefits currently held.</summary>
    public IReadOnlyList<string> BenefitsHeld { get; init; } = [];
}
