using OneWindow.Common.Vocabulary;

namespace OneWindow.Review.Domain.Assignment;

/// <summary>Who gets a file and why; no reviewer means the head's unassigned list.</summary>
public sealed record AssignmentDecision(string? StaffId, AssignmentReason? Reason)
{
    public static AssignmentDecision Unassigned { get; } = new(null, null);

    public bool Assigned => StaffId is not null;
}
