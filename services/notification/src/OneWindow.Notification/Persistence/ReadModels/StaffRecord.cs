using OneWindow.Common.Vocabulary;

namespace OneWindow.Notification.Persistence.ReadModels;

/// <summary>The centre's staff as hr-payroll announces them: who manages which grid, who heads the grid department.</summary>
public sealed class StaffRecord
{
    public Guid Id { get; set; }

    public string StaffId { get; set; } = string.Empty;

    public Department Department { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? Grid { get; set; }

    public bool Active { get; set; } = true;
}
