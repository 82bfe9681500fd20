namespace OneWindow.Common.Vocabulary;

// The shared words of docs/domain.md every service and the event contracts use: one definition each.

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
