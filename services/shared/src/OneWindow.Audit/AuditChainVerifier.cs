using Npgsql;
using OneWindow.Persistence;
using OneWindow.ServiceDefaults;

namespace OneWindow.Audit;

/// <summary>
/// Walks every chain of the service's trail as the database owner (the <c>verify-audit</c> verb) and finds every record
/// edited, deleted, replaced or slipped in since it was written, whoever did it: the hash of each record is computed
/// again here, and each must carry the hash of the one before it.
/// </summary>
public sealed class AuditChainVerifier(ServiceDatabaseConnections connections) : IAuditVerification
{
    public async Task<bool> VerifyAsync(TextWriter report, CancellationToken cancellationToken)
    {
        var (chains, findings) = await WalkAsync(cancellationToken);
        var database = new NpgsqlConnectionStringBuilder(connections.Owner).Database;
        await report.WriteLineAsync($"Audit trail of database {database}: {chains.Count} chain(s), {chains.Sum(c => c.Records)} record(s).");
        foreach (var chain in chains)
        {
            var name = chain.Chain.Length == 0 ? "district-wide" : $"centre {chain.Chain}";
            var faults = findings.Where(f => f.Chain == chain.Chain).ToList();
            var head = chain.HeadHash is null ? "no head" : $"head #{chain.HeadSeq} {Convert.ToHexStringLower(chain.HeadHash)}";
            await report.WriteLineAsync($"  {name}: {chain.Records} record(s), {head}: {(faults.Count == 0 ? "intact" : $"{faults.Count} fault(s)")}");
            foreach (var fault in faults)
            {
                await report.WriteLineAsync($"    {fault}");
            }
        }

        await report.WriteLineAsync(findings.Count == 0
            ? "The audit trail is intact."
            : $"The audit trail was tampered with: {findings.Count} fault(s).");
        return findings.Count == 0;
    }

    /// <summary>Every fault, chain by chain in the order of their numbers.</summary>
    public async Task<IReadOnlyList<AuditChainFinding>> FindFaultsAsync(CancellationToken cancellationToken) =>
        (await WalkAsync(cancellationToken)).Findings;

    private async Task<(IReadOnlyList<ChainSummary> Chains, IReadOnlyList<AuditChainFinding> Findings)> WalkAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connections.Owner);
        await connection.OpenAsync(cancellationToken);
        // Row-level security binds the owner too: the district-wide setting lets it read every centre's records.
        await using (var scope = new NpgsqlCommand("SELECT set_config('onewindow.district_wide', 'on', false)", connection))
        {
            await scope.ExecuteNonQueryAsync(cancellationToken);
        }

        var heads = await ReadHeadsAsync(connection, cancellationToken);
        var findings = new List<AuditChainFinding>();
        var chains = new List<ChainSummary>();
        ChainWalk? walk = null;
        await using (var command = new NpgsqlCommand(
            $"""
            SELECT coalesce(tenant_id, ''), chain_seq, id, at, actor, actor_roles, tenant_id, named_by_district, action,
                   subject_type, subject_id, outcome, reason, trace_id, previous_hash, hash
            FROM {AuditModel.Table}
            ORDER BY coalesce(tenant_id, ''), chain_seq NULLS FIRST, id
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new AuditChainRow(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetInt64(1),
                    reader.GetInt64(2),
                    reader.GetDateTime(3),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.GetBoolean(7),
                    reader.GetString(8),
                    reader.GetString(9),
                    reader.GetString(10),
                    reader.GetString(11),
                    reader.IsDBNull(12) ? null : reader.GetString(12),
                    reader.IsDBNull(13) ? null : reader.GetString(13),
                    reader.IsDBNull(14) ? null : (byte[])reader[14],
                    reader.IsDBNull(15) ? null : (byte[])reader[15]);
                if (walk?.Chain != row.Chain)
                {
                    if (walk is not null)
                    {
                        chains.Add(walk.End(heads.GetValueOrDefault(walk.Chain), findings));
                    }

                    walk = new ChainWalk(row.Chain);
                }

                walk.Add(row, findings);
            }
        }

        if (walk is not null)
        {
            chains.Add(walk.End(heads.GetValueOrDefault(walk.Chain), findings));
        }

        // A chain every record of which was deleted still has its head.
        foreach (var (chain, head) in heads.Where(h => chains.All(c => c.Chain != h.Key)).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            chains.Add(new ChainWalk(chain).End(head, findings));
        }

        return (chains, findings);
    }

    private static async Task<Dictionary<string, (long Seq, byte[]? Hash)>> ReadHeadsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var heads = new Dictionary<string, (long Seq, byte[]? Hash)>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand($"SELECT chain, seq, hash FROM {AuditModel.ChainHeadsTable}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads[reader.GetString(0)] = (reader.GetInt64(1), reader.IsDBNull(2) ? null : (byte[])reader[2]);
        }

        return heads;
    }

    private sealed record ChainSummary(string Chain, long Records, long HeadSeq, byte[]? HeadHash);

    /// <summary>One chain read in the order of its numbers: what the next record must be and carry.</summary>
    private sealed class ChainWalk(string chain)
    {
        private long _expected = 1;
        private byte[]? _previousHash;
        private long _records;

        public string Chain => chain;

        public void Add(AuditChainRow row, List<AuditChainFinding> findings)
        {
            _records++;
            if (row.Seq is not { } seq || row.Hash is null)
            {
                findings.Add(new AuditChainFinding(chain, AuditChainFault.Unchained, 0, 0, row.Id));
                return;
            }

            if (seq > _expected)
            {
                // The record after a gap is not blamed for the gap: its link is to a record that is not there.
                findings.Add(new AuditChainFinding(chain, AuditChainFault.Missing, _expected, seq - 1, null));
            }
            else if (seq < _expected || !SameHash(row.PreviousHash, _previousHash))
            {
                findings.Add(new AuditChainFinding(chain, AuditChainFault.BrokenLink, seq, seq, row.Id));
            }

            if (!SameHash(AuditChain.Hash(seq, row), row.Hash))
            {
                findings.Add(new AuditChainFinding(chain, AuditChainFault.Altered, seq, seq, row.Id));
            }

            _previousHash = row.Hash;
            _expected = Math.Max(_expected, seq + 1);
        }

        public ChainSummary End((long Seq, byte[]? Hash)? head, List<AuditChainFinding> findings)
        {
            var last = _expected - 1;
            if (head is not { } known)
            {
                if (_records > 0)
                {
                    findings.Add(new AuditChainFinding(chain, AuditChainFault.HeadMismatch, last, last, null));
                }

                return new ChainSummary(chain, _records, 0, null);
            }

            if (known.Seq > last)
            {
                findings.Add(new AuditChainFinding(chain, AuditChainFault.Missing, last + 1, known.Seq, null));
            }
            else if (known.Seq < last || !SameHash(known.Hash, _previousHash))
            {
                findings.Add(new AuditChainFinding(chain, AuditChainFault.HeadMismatch, known.Seq, known.Seq, null));
            }

            return new ChainSummary(chain, _records, known.Seq, known.Hash);
        }

        private static bool SameHash(byte[]? a, byte[]? b) =>
            a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);
    }
}
