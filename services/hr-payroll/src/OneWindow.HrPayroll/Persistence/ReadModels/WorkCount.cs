using OneWindow.HrPayroll.Domain.Performance;

namespace OneWindow.HrPayroll.Persistence.ReadModels;

/// <summary>
/// A read model of work data: how many events of one metric a worker had in a month (and the sum of
/// their values, e.g. rating scores). Written by the event handlers with an atomic upsert.
/// </summary>
public sealed class WorkCount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string StaffId { get; init; }

    public required string Month { get; init; }

    public required WorkMetric Metric { get; init; }

    public int Count { get; set; }

    public decimal Total { get; set; }
}
