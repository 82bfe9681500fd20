namespace OneWindow.Common.Vocabulary;

// The shared words of docs/domain.md every service and the event contracts use: one definition each.

public enum ReviewOutcome
{
    Passed,
    Returned,
    Rejected,
}
