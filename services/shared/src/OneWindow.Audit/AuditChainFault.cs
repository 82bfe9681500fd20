namespace OneWindow.Audit;

/// <summary>What <c>verify-audit</c> found wrong with a chain.</summary>
public enum AuditChainFault
{
    /// <summary>The record's fields no longer give the hash it carries: it was edited after it was written.</summary>
    Altered,

    /// <summary>Numbers of the chain with no record: records were deleted (the last ones, when the head names them).</summary>
    Missing,

    /// <summary>The record does not carry the hash of the record before it: that one was replaced, or this one forged.</summary>
    BrokenLink,

    /// <summary>A record with no place in any chain: written past the trigger.</summary>
    Unchained,

    /// <summary>The chain's head names a last record other than the one the chain ends with.</summary>
    HeadMismatch,
}
