namespace OneWindow.ServiceDefaults;

/// <summary>
/// The <c>verify-audit</c> verb: checks the service's audit trail (its hash chains) as the database owner and writes
/// what it found for an operator to read. False when anything is wrong.
/// </summary>
public interface IAuditVerification
{
    Task<bool> VerifyAsync(TextWriter report, CancellationToken cancellationToken);
}
