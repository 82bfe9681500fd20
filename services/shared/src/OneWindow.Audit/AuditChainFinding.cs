namespace OneWindow.Audit;

/// <summary>
/// One fault of one chain: the numbers it spans (one, or a run of missing ones) and the record's id where there is a
/// record. <see cref="Chain"/> is the centre code, or empty for the district-wide chain.
/// </summary>
public sealed record AuditChainFinding(string Chain, AuditChainFault Fault, long FromSeq, long ToSeq, long? RecordId)
{
    public override string ToString()
    {
        var numbers = FromSeq == ToSeq ? $"#{FromSeq}" : $"#{FromSeq} to #{ToSeq}";
        var record = RecordId is { } id ? $" (id {id})" : string.Empty;
        return Fault switch
        {
            AuditChainFault.Altered => $"record {numbers}{record} ALTERED: its fields no longer give the hash it carries",
            AuditChainFault.Missing => $"record {numbers} MISSING: deleted from the chain",
            AuditChainFault.BrokenLink => $"record {numbers}{record} BROKEN LINK: it does not carry the hash of the record before it",
            AuditChainFault.Unchained => $"record{record} UNCHAINED: written past the chain's trigger",
            AuditChainFault.HeadMismatch => $"head {numbers} MISMATCH: the chain's head names a different last record",
            _ => throw new ArgumentOutOfRangeException(nameof(Fault)),
        };
    }
}
