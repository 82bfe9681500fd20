using Npgsql;

namespace OneWindow.HrPayroll.Persistence;

/// <summary>
/// An approved payroll run is immutable in the database too, not only in the domain: a trigger refuses any
/// change to an approved or paid run other than marking it paid, and any change to or removal of its
/// payslips. Payslips are never updated by the service at all, so the app role loses UPDATE on them.
/// </summary>
internal sealed class PayrollHardening : IPostMigrationStep
{
    public async Task ApplyAsync(NpgsqlConnection ownerConnection, string quotedAppRole, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            CREATE OR REPLACE FUNCTION refuse_approved_payroll_change() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
              IF TG_TABLE_NAME = 'payroll_runs' THEN
                IF OLD.status IN ('Approved', 'Paid') AND (
                     TG_OP = 'DELETE'
                     OR NEW.status NOT IN ('Approved', 'Paid')
                     OR NEW.month <> OLD.month OR NEW.kind <> OLD.kind
                     OR NEW.payslip_count <> OLD.payslip_count OR NEW.gross_total <> OLD.gross_total OR NEW.net_total <> OLD.net_total
                     OR NEW.approved_by IS DISTINCT FROM OLD.approved_by) THEN
                  RAISE EXCEPTION 'payroll run % is approved and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
                END IF;
              ELSIF EXISTS (SELECT 1 FROM payroll_runs r WHERE r.id = OLD.run_id AND r.status IN ('Approved', 'Paid')) THEN
                RAISE EXCEPTION 'the payslips of approved payroll run % cannot change', OLD.run_id USING ERRCODE = 'integrity_constraint_violation';
              END IF;
              RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END
            $body$;
            DROP TRIGGER IF EXISTS approved_run_is_immutable ON payroll_runs;
            CREATE TRIGGER approved_run_is_immutable BEFORE UPDATE OR DELETE ON payroll_runs
              FOR EACH ROW EXECUTE FUNCTION refuse_approved_payroll_change();
            DROP TRIGGER IF EXISTS approved_payslips_are_immutable ON payslips;
            CREATE TRIGGER approved_payslips_are_immutable BEFORE UPDATE OR DELETE ON payslips
              FOR EACH ROW EXECUTE FUNCTION refuse_approved_payroll_change();
            REVOKE UPDATE, TRUNCATE ON payslips FROM {quotedAppRole};
            """,
            ownerConnection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
