namespace OneWindow.Audit;

/// <summary>A record as stored, read raw (an edited outcome need not be one the model knows) with its place in its chain.</summary>
internal sealed record AuditChainRow(
    string Chain,
    long? Seq,
    long Id,
    DateTime At,
    string Actor,
    string ActorRoles,
    string? TenantId,
    bool NamedByDistrict,
    string Action,
    string SubjectType,
    string SubjectId,
    string Outcome,
    string? Reason,
    string? TraceId,
    byte[]? PreviousHash,
    byte[]? Hash);
