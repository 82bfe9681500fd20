namespace OneWindow.PolicyLaw.Domain.Quality;

public enum QualityOutcome
{
    Pending,
    Correct,
    Error,
}
