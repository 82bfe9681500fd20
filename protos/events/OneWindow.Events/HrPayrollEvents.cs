using OneWindow.EventBus;

namespace OneWindow.Events;

[Topic("staff-hired", publisher: "hr-payroll")]
public sealed record StaffHired : IntegrationEvent
{
    public required string StaffId { get; init; }

    public required Department Department { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>The grid a grid manager covers.</summary>
    public string? Grid { get; init; }

    public override string Subject => StaffId;
}

[Topic("staff-changed", publisher: "hr-payroll")]
public sealed record StaffChanged : IntegrationEvent
{
    public required string StaffId { get; init; }

    public required Department Department { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public string? Grid { get; init; }

    public override string Subject => StaffId;
}

[Topic("staff-left", publisher: "hr-payroll")]
public sealed record StaffLeft : IntegrationEvent
{
    public required string StaffId { get; init; }

    public required DateOnly LastDay { get; init; }

    public override string Subject => StaffId;
}

[Topic("skills-changed", publisher: "hr-payroll")]
public sealed record SkillsChanged : IntegrationEvent
{
    public required string StaffId { get; init; }

    public required IReadOnlyList<string> ItemsAsA { get; init; }

    public required IReadOnlyList<string> ItemsAsB { get; init; }

    public required IReadOnlyList<string> ItemsKnown { get; init; }

    public override string Subject => StaffId;
}

[Topic("leave-approved", publisher: "hr-payroll")]
public sealed record LeaveApproved : IntegrationEvent
{
    public required Guid LeaveId { get; init; }

    public required string StaffId { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public override string Subject => LeaveId.ToString();
}

[Topic("leave-started", publisher: "hr-payroll")]
public sealed record LeaveStarted : IntegrationEvent
{
    public required Guid LeaveId { get; init; }

    public required string StaffId { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public override string Subject => LeaveId.ToString();
}

[Topic("leave-ended", publisher: "hr-payroll")]
public sealed record LeaveEnded : IntegrationEvent
{
    public required Guid LeaveId { get; init; }

    public required string StaffId { get; init; }

    public override string Subject => LeaveId.ToString();
}

[Topic("payslip-issued", publisher: "hr-payroll")]
public sealed record PayslipIssued : IntegrationEvent
{
    public required string StaffId { get; init; }

    /// <summary><c>yyyy-MM</c>.</summary>
    public required string Month { get; init; }

    public override string Subject => $"{StaffId}/{Month}";
}

/// <summary>
/// The district loaded a year of the working-day calendar (a first version, or a corrected one with a reason): the
/// whole year, so every service that counts deadlines keeps its own copy (docs/adr/0024). Subject: the year.
/// </summary>
[Topic("working-calendar-changed", publisher: "hr-payroll", DistrictWide = true)]
public sealed record WorkingCalendarChanged : IntegrationEvent
{
    public required int Year { get; init; }

    /// <summary>1 for the year's first load; a later version replaces an earlier one.</summary>
    public required int Version { get; init; }

    public required IReadOnlyList<OneWindow.Common.Calendar.CalendarHoliday> Holidays { get; init; }

    public required IReadOnlyList<DateOnly> WorkingWeekends { get; init; }

    public override string Subject => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
