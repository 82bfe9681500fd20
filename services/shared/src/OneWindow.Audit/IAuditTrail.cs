namespace OneWindow.Audit;

/// <summary>
/// Writes the audit trail. <see cref="Record"/> adds the entry to the unit of work, so it commits
/// with the change it describes; <see cref="RecordDenialAsync"/> commits at once, because a
/// refused action has no change to ride along with.
/// </summary>
public interface IAuditTrail
{
    void Record(AuditEntry entry);

    Task RecordDenialAsync(AuditEntry entry, CancellationToken cancellationToken);
}
