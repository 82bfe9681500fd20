namespace OneWindow.PolicyLaw.Domain.Catalogue;

/// <summary>
/// The annual review (年度复核) of a periodic benefit: due <see cref="RecurrenceMonths"/> after the last approval,
/// announced <see cref="NoticeDays"/> before, suspended from the due date and ended <see cref="GraceDays"/> after it
/// when still not done.
/// </summary>
public sealed record ReviewTerms(int RecurrenceMonths, int NoticeDays, int GraceDays)
{
    public const int DefaultNoticeDays = 30;
    public const int DefaultGraceDays = 60;
    public const int MaxNoticeDays = 180;
    public const int MaxGraceDays = 365;

    public DateOnly DueOn(DateOnly lastApproved) => lastApproved.AddMonths(RecurrenceMonths);

    public DateOnly NoticeOn(DateOnly lastApproved) => DueOn(lastApproved).AddDays(-NoticeDays);

    public DateOnly EndsOn(DateOnly lastApproved) => DueOn(lastApproved).AddDays(GraceDays);
}
