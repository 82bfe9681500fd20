namespace OneWindow.Common.Vocabulary;

// The shared words of docs/domain.md every service and the event contracts use: one definition each.

/// <summary>即办件 / 内部流转件 / 外部会同办件.</summary>
public enum ItemKind
{
    Instant,
    Routed,
    Joint,
}
