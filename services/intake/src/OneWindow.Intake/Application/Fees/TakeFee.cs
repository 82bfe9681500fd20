using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Money;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Intake.Application.Acceptance;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Domain.Fees;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Fees;

/// <summary>
/// 缴费: a cashier at an open payment window takes the fee of a file once, with the receipt's number. The
/// payment, its audit record and fee-paid commit together; the payment row is never changed afterwards.
/// </summary>
public sealed class TakeFee(IntakeDbContext db, CatalogueReader catalogue, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, IOptions<IntakeOptions> options, TimeProvider clock)
{
    public async Task<Contract.FeePayment> HandleAsync(Contract.TakeFeeRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var window = await db.Windows.AsNoTracking().SingleOrDefaultAsync(w => w.Number == request.Window, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-window", $"There is no window {request.Window} in this centre.", "window");
        window.RequireCashier(caller.Subject);

        var file = await FileReader.FindAsync(db, request.FileId, cancellationToken);
        file.RequireFeeDue();

        var now = clock.GetUtcNow();
        var payment = FeePayment.Take(
            Guid.CreateVersion7(), file.Id, DateOnly.FromDateTime(ChinaTime.ToChina(now).DateTime), window.Number, caller.Subject,
            new Cny(Wire.ParseMoney(request.Amount, "amount")), FeeMapping.ToDomain(request.Method), request.Channel, request.ReceiptNumber,
            options.Value.MobileChannels, now);
        if (await db.FeePayments.AnyAsync(p => p.FileId == file.Id, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "fee-already-paid", $"The fee of file {file.FileNumber} has already been paid.", "fileId");
        }

        if (await db.FeePayments.AnyAsync(p => p.ReceiptNumber == payment.ReceiptNumber, cancellationToken))
        {
            throw ReceiptUsed(payment.ReceiptNumber);
        }

        db.FeePayments.Add(payment);
        audit.Record(new AuditEntry("take-fee", "file", file.Id.ToString(), $"{Wire.Money(payment.Amount)} {FeeMapping.MethodName(payment)} 票据号 {payment.ReceiptNumber}"));
        outbox.Add(new FeePaid { OccurredAt = now, Tenant = centre, FileId = file.Id, Amount = payment.Amount, Method = payment.Method, ReceiptNumber = payment.ReceiptNumber });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbContextTransactions.IsUniqueViolation(exception))
        {
            // Two cashiers at once: the file or the receipt number was taken a moment ago.
            throw new DomainException(DomainErrorKind.Conflict, "fee-already-paid", $"The fee of file {file.FileNumber} or receipt {payment.ReceiptNumber} has just been recorded.", "fileId");
        }

        var item = await catalogue.VersionAsync(file.ItemCode, file.ItemVersion, cancellationToken);
        var contract = FeeMapping.ToContract(payment, file);
        contract.Slip = FeeMapping.Slip(payment, file, item.Name);
        return contract;
    }

    private static DomainException ReceiptUsed(string number) =>
        new(DomainErrorKind.Conflict, "receipt-number-used", $"Receipt {number} is already recorded in this centre.", "receiptNumber");
}
