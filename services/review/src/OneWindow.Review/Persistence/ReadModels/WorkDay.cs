namespace OneWindow.Review.Persistence.ReadModels;

/// <summary>
/// One reviewer's tally for one day (Shanghai time), counted in the transaction of each decision or
/// alarm and published as reviewer-work-recorded once the day is over.
/// </summary>
public sealed class WorkDay
{
    public Guid Id { get; init; }

    public required string StaffId { get; init; }

    public required DateOnly Day { get; init; }

    public int FilesReviewed { get; init; }

    public int Passed { get; init; }

    public int Returned { get; init; }

    public int Rejected { get; init; }

    public int DeadlinesMet { get; init; }

    public int DeadlinesMissed { get; init; }

    public bool Published { get; set; }
}
