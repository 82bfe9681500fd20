namespace OneWindow.Common.Vocabulary;

// The shared words of docs/domain.md every service and the event contracts use: one definition each.

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
