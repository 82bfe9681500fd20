using OneWindow.EventBus;

namespace OneWindow.Events;

[Topic("staff-hired")]
public sealed record StaffHired : IntegrationEvent
{
    public required string StaffId { get; init; }

    public required Department Department { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>The grid a grid manager covers.</summary>
    public string? Grid { get; init; }

    public override string Subject => StaffId;
}

[Topic("staff-changed")]
public sealed record StaffChanged : IntegrationEvent
{
    public required string StaffId { get; init; }

    public required Department Department { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public string? Grid { get; init; }

    public override string Subject => StaffId;
}

[Topic("staff-left")]
public sealed record StaffLeft : IntegrationEvent
{
    public required string StaffId { get; init; }

    public required DateOnly LastDay { get; init; }

    public override string Subject => StaffId;
}

[Topic("skills-changed")]
public sealed record SkillsChanged : IntegrationEvent
{
    public required string StaffId { get; init; }

    public required IReadOnlyList<string> ItemsAsA { get; init; }

    public required IReadOnlyList<string> ItemsAsB { get; init; }

    public required IReadOnlyList<string> ItemsKnown { get; init; }

    public override string Subject => StaffId;
}

[Topic("leave-approved")]
public sealed record LeaveApproved : IntegrationEvent
{
    public required Guid LeaveId { get; init; }

    public required string StaffId { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public override string Subject => LeaveId.ToString();
}

[Topic("leave-started")]
public sealed record LeaveStarted : IntegrationEvent
{
    public required Guid LeaveId { get; init; }

    public required string StaffId { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public override string Subject => LeaveId.ToString();
}

[Topic("leave-ended")]
public sealed record LeaveEnded : IntegrationEvent
{
    public required Guid LeaveId { get; init; }

    public required string StaffId { get; init; }

    public override string Subject => LeaveId.ToString();
}

[Topic("payslip-issued")]
public sealed record PayslipIssued : IntegrationEvent
{
    public required string StaffId { get; init; }

    /// <summary><c>yyyy-MM</c>.</summary>
    public required string Month { get; init; }

    public override string Subject => $"{StaffId}/{Month}";
}
