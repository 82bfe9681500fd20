namespace OneWindow.HrPayroll.Domain.Payroll;

/// <summary>One worker's pay in a run. Never changes after it is written.</summary>
public sealed class Payslip
{
    private Payslip()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid RunId { get; private set; }

    public string StaffId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string Month { get; private set; } = string.Empty;

    public PayLines Lines { get; private set; } = null!;

    public decimal Net { get; private set; }

    public string? Note { get; private set; }

    public static Payslip For(Guid runId, string staffId, string name, string month, PayLines lines, string? note = null) =>
        new() { RunId = runId, StaffId = staffId, Name = name, Month = month, Lines = lines, Net = lines.Net, Note = note };
}
