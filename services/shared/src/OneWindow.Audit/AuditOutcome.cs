namespace OneWindow.Audit;

public enum AuditOutcome
{
    Done,
    Denied,
}
