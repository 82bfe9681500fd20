namespace OneWindow.Audit;

/// <summary>
/// One decision on a file, or a refusal of one, as it happened. Never updated or deleted: the
/// database role the service connects as may only insert and read these rows.
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The subject (user id) of who acted, or <c>system:{app}</c> for the service itself.</summary>
    public required string Actor { get; init; }

    /// <summary>The roles the actor held when acting, comma-separated.</summary>
    public required string ActorRoles { get; init; }

    /// <summary>The centre the act concerned; null for district-wide acts (e.g. the catalogue).</summary>
    public string? TenantId { get; init; }

    /// <summary>District staff acting on a centre they named.</summary>
    public bool NamedByDistrict { get; init; }

    /// <summary>Stable verb in the domain's words: <c>accept</c>, <c>assign</c>, <c>return</c>, <c>approve</c>…</summary>
    public required string Action { get; init; }

    public required string SubjectType { get; init; }

    public required string SubjectId { get; init; }

    public required AuditOutcome Outcome { get; init; }

    public string? Reason { get; init; }

    public string? TraceId { get; init; }
}
