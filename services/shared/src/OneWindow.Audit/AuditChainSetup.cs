using Npgsql;
using OneWindow.Persistence;

namespace OneWindow.Audit;

/// <summary>
/// Chains the audit trail (docs/adr/0033): a trigger gives every new record the next number of its centre's chain, the
/// hash of the record before it and its own hash over both and every field, under the lock of the chain's head row, so
/// concurrent writers queue for the head and never fork the chain. The columns live outside the services' EF models: the
/// trail's table is in seven schemas, and this one step keeps them alike. A trail that predates the chain is chained once,
/// in id order, when the columns are first added; later runs change nothing.
/// </summary>
internal sealed class AuditChainSetup : IPostMigrationStep
{
    public async Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken)
    {
        var sql = $"""
            CREATE OR REPLACE FUNCTION audit_chain_hash(
                chain_seq bigint, id bigint, at timestamptz, actor text, actor_roles text, tenant_id text,
                named_by_district boolean, action text, subject_type text, subject_id text, outcome text, reason text,
                trace_id text, previous_hash bytea)
              RETURNS bytea LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
              SELECT sha256(convert_to(concat_ws('|',
                chain_seq::text, id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                {Field("actor")}, {Field("actor_roles")}, {Field("tenant_id")}, named_by_district::text,
                {Field("action")}, {Field("subject_type")}, {Field("subject_id")}, {Field("outcome")},
                {Field("reason")}, {Field("trace_id")}, coalesce(encode(previous_hash, 'hex'), '~')), 'UTF8'))
            $$;

            DO $$
            DECLARE
              r record;
              head record;
            BEGIN
              IF EXISTS (SELECT 1 FROM information_schema.columns
                         WHERE table_schema = 'public' AND table_name = '{AuditModel.Table}' AND column_name = 'hash') THEN
                RETURN;
              END IF;
              ALTER TABLE {AuditModel.Table} ADD COLUMN chain_seq bigint, ADD COLUMN previous_hash bytea, ADD COLUMN hash bytea;
              CREATE TABLE {AuditModel.ChainHeadsTable} (chain text PRIMARY KEY, seq bigint NOT NULL, hash bytea);
              -- The records written before the chain existed, chained in the order they were written.
              ALTER TABLE {AuditModel.Table} NO FORCE ROW LEVEL SECURITY;
              ALTER TABLE {AuditModel.Table} DISABLE TRIGGER USER;
              FOR r IN SELECT * FROM {AuditModel.Table} ORDER BY id LOOP
                INSERT INTO {AuditModel.ChainHeadsTable} AS h (chain, seq, hash) VALUES (coalesce(r.tenant_id, ''), 0, NULL)
                  ON CONFLICT (chain) DO NOTHING;
                SELECT seq, hash INTO head FROM {AuditModel.ChainHeadsTable} WHERE chain = coalesce(r.tenant_id, '');
                UPDATE {AuditModel.Table} SET chain_seq = head.seq + 1, previous_hash = head.hash,
                  hash = audit_chain_hash(head.seq + 1, r.id, r.at, r.actor, r.actor_roles, r.tenant_id, r.named_by_district,
                    r.action, r.subject_type, r.subject_id, r.outcome, r.reason, r.trace_id, head.hash)
                  WHERE id = r.id;
                UPDATE {AuditModel.ChainHeadsTable} SET seq = head.seq + 1,
                  hash = (SELECT a.hash FROM {AuditModel.Table} a WHERE a.id = r.id)
                  WHERE chain = coalesce(r.tenant_id, '');
              END LOOP;
              ALTER TABLE {AuditModel.Table} ENABLE TRIGGER USER;
              ALTER TABLE {AuditModel.Table} FORCE ROW LEVEL SECURITY;
              ALTER TABLE {AuditModel.Table} ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN hash SET NOT NULL;
              CREATE UNIQUE INDEX ix_audit_records_chain ON {AuditModel.Table} ((coalesce(tenant_id, '')), chain_seq);
            END $$;

            -- Definer's rights: the service's role may not read or move the heads itself, only through an insert.
            CREATE OR REPLACE FUNCTION audit_records_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
              SET search_path = pg_catalog, public AS $$
            DECLARE
              chain_key text := coalesce(NEW.tenant_id, '');
              head record;
            BEGIN
              SELECT seq, hash INTO head FROM {AuditModel.ChainHeadsTable} WHERE chain = chain_key FOR UPDATE;
              IF NOT FOUND THEN
                INSERT INTO {AuditModel.ChainHeadsTable} (chain, seq, hash) VALUES (chain_key, 0, NULL) ON CONFLICT (chain) DO NOTHING;
                SELECT seq, hash INTO head FROM {AuditModel.ChainHeadsTable} WHERE chain = chain_key FOR UPDATE;
              END IF;
              NEW.chain_seq := head.seq + 1;
              NEW.previous_hash := head.hash;
              NEW.hash := audit_chain_hash(NEW.chain_seq, NEW.id, NEW.at, NEW.actor, NEW.actor_roles, NEW.tenant_id,
                NEW.named_by_district, NEW.action, NEW.subject_type, NEW.subject_id, NEW.outcome, NEW.reason, NEW.trace_id,
                NEW.previous_hash);
              UPDATE {AuditModel.ChainHeadsTable} SET seq = NEW.chain_seq, hash = NEW.hash WHERE chain = chain_key;
              RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS audit_records_chain ON {AuditModel.Table};
            CREATE TRIGGER audit_records_chain BEFORE INSERT ON {AuditModel.Table}
              FOR EACH ROW EXECUTE FUNCTION audit_records_chain();
            REVOKE ALL ON {AuditModel.ChainHeadsTable} FROM {quotedAppRole};
            """;
        await using var command = new NpgsqlCommand(sql, ownerConnection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A text field as its length in bytes and itself, or <c>~</c> when null: no two records encode alike.</summary>
    private static string Field(string column) =>
        $"coalesce(octet_length({column})::text || ':' || {column}, '~')";
}
