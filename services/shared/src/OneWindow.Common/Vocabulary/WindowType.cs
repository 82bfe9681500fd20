namespace OneWindow.Common.Vocabulary;

// The shared words of docs/domain.md every service and the event contracts use: one definition each.

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
