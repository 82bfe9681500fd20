using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Money;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Fees;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application;

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
        window.RequireClerk(caller.Subject);
        if (window.Type != WindowType.Payment)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "not-a-payment-window", $"Window {window.Number} is not a payment window (缴费窗口).", "window");
        }

        var file = await FileReader.FindAsync(db, request.FileId, cancellationToken);
        if (file.Outcome is CompletionOutcome.Rejected or CompletionOutcome.Withdrawn)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "file-not-payable", $"File {file.FileNumber} was {file.Outcome.ToString()!.ToLowerInvariant()}: no fee is due.", "fileId");
        }

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

/// <summary>The day's takings of a centre per window (日结对账): count and sum by method and channel.</summary>
public sealed class TakingsReader(IntakeDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Takings> GetAsync(string? dayText, string? window, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var day = Wire.DayOrToday(dayText, "day", clock);
        var query = db.FeePayments.AsNoTracking().Where(p => p.Day == day);
        if (!string.IsNullOrEmpty(window))
        {
            query = query.Where(p => p.Window == window);
        }

        var payments = await query.OrderBy(p => p.PaidAt).ToListAsync(cancellationToken);
        var takings = ToContract(Wire.Day(day), payments);
        if (!string.IsNullOrEmpty(window))
        {
            var fileIds = payments.Select(p => p.FileId).ToList();
            var files = await db.Files.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
            foreach (var till in takings.Windows)
            {
                till.Payments.AddRange(payments.Where(p => p.Window == till.Window).Select(p => FeeMapping.ToContract(p, files[p.FileId])));
            }
        }

        return takings;
    }

    public static Contract.Takings ToContract(string dayOrPeriod, IReadOnlyCollection<FeePayment> payments)
    {
        var takings = new Contract.Takings
        {
            Day = dayOrPeriod,
            Count = payments.Count,
            Collected = Wire.Money(payments.Where(p => p.Collected).Sum(p => p.Amount)),
            Waived = Wire.Money(payments.Where(p => !p.Collected).Sum(p => p.Amount)),
        };
        takings.ByMethod.AddRange(TillReconciliation.ByMethodOf(payments).Select(FeeMapping.ToContract));
        foreach (var till in TillReconciliation.PerWindow(payments))
        {
            var window = new Contract.WindowTakings
            {
                Window = till.Window,
                Count = till.Count,
                Collected = Wire.Money(till.Collected),
                Waived = Wire.Money(till.Waived),
            };
            window.Cashiers.AddRange(till.Cashiers);
            window.ByMethod.AddRange(till.ByMethod.Select(FeeMapping.ToContract));
            takings.Windows.Add(window);
        }

        return takings;
    }
}

internal static class FeeMapping
{
    public static PaymentMethod ToDomain(Contract.PaymentMethod method) => method switch
    {
        Contract.PaymentMethod.Cash => PaymentMethod.Cash,
        Contract.PaymentMethod.Card => PaymentMethod.Card,
        Contract.PaymentMethod.MobilePay => PaymentMethod.MobilePay,
        Contract.PaymentMethod.Waived => PaymentMethod.Waived,
        _ => throw new DomainException(DomainErrorKind.Invalid, "method-required", "method is required.", "method"),
    };

    public static Contract.PaymentMethod ToContract(PaymentMethod method) => (Contract.PaymentMethod)((int)method + 1);

    public static string MethodName(PaymentMethod method, string channel) => method switch
    {
        PaymentMethod.Cash => "现金",
        PaymentMethod.Card => "银行卡",
        PaymentMethod.MobilePay => channel switch { "wechat" => "微信支付", "alipay" => "支付宝", _ => $"移动支付（{channel}）" },
        _ => "减免",
    };

    public static string MethodName(FeePayment payment) => MethodName(payment.Method, payment.Channel);

    public static Contract.MethodTakings ToContract(MethodTotal total) => new()
    {
        Method = ToContract(total.Method),
        Channel = total.Channel,
        Count = total.Count,
        Amount = Wire.Money(total.Amount),
    };

    public static Contract.FeePayment ToContract(FeePayment payment, ApplicationFile file) => new()
    {
        PaymentId = payment.Id.ToString(),
        FileId = payment.FileId.ToString(),
        FileNumber = file.FileNumber,
        ItemCode = file.ItemCode,
        Window = payment.Window,
        CashierStaffId = payment.CashierStaffId,
        Amount = Wire.Money(payment.Amount),
        Method = ToContract(payment.Method),
        Channel = payment.Channel,
        ReceiptNumber = payment.ReceiptNumber,
        PaidAt = Wire.Instant(payment.PaidAt),
        Day = Wire.Day(payment.Day),
    };

    public static string Slip(FeePayment payment, ApplicationFile file, string itemName) =>
        $"缴费凭证\n票据号：{payment.ReceiptNumber}\n受理编号：{file.FileNumber}\n事项：{itemName}\n"
        + $"金额：{new Cny(payment.Amount)}（{MethodName(payment)}）\n窗口：{payment.Window}号\n缴费时间：{Wire.Instant(payment.PaidAt)}";
}
