using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.PolicyLaw.Domain.Disbursement;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// A policy officer records who a scheduled benefit is paid to and into which account (from the bank card or passbook
/// in the file's materials), or corrects it after the bank returned a payment (docs/adr/0026). Both are encrypted at
/// rest, audited, and shown masked; an account failing its check is refused with nothing changed.
/// </summary>
public sealed class RecordPayee(PolicyLawDbContext db, PersonalDataProtector protector, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Schedule> HandleAsync(RecordPayeeRequest request, string by, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var household = Wire.ParseId(request.HouseholdId, "householdId");
        var name = Payee.CheckName(request.PayeeName);
        var account = BankAccount.Check(request.Account);
        var schedule = await db.DisbursementSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.HouseholdId == household && s.ItemCode == request.ItemCode, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-schedule", "This household has no schedule for that item in this centre.", "itemCode");
        var now = clock.GetUtcNow();
        var nameProtected = protector.Protect(name, PersonalDataPurposes.PayeeName);
        var accountProtected = protector.Protect(account, PersonalDataPurposes.PayeeAccount);
        var payee = await db.Payees.SingleOrDefaultAsync(p => p.HouseholdId == household && p.ItemCode == request.ItemCode, cancellationToken);
        if (payee is null)
        {
            payee = Payee.Record(household, request.ItemCode, nameProtected, accountProtected, by, now);
            db.Payees.Add(payee);
        }
        else
        {
            payee.Correct(nameProtected, accountProtected, by, now);
        }

        audit.Record(new AuditEntry("record-payee", "disbursement-schedule", schedule.Id.ToString(), $"{request.ItemCode}: account {Masking.BankAccount(account)}"));
        await db.SaveChangesAsync(cancellationToken);
        return DisbursementReader.ToContract(schedule, new PayeeView(Masking.Name(name), Masking.BankAccount(account)));
    }
}
