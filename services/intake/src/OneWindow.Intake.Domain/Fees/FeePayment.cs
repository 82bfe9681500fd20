using System.Text.RegularExpressions;
using OneWindow.Common.Errors;
using OneWindow.Common.Money;
using OneWindow.Common.Vocabulary;

namespace OneWindow.Intake.Domain.Fees;

/// <summary>
/// A fee paid for a file at a payment window (缴费): the amount the cashier entered (the district catalogue
/// carries no fee, so the amount is what the item's paper schedule and the resident's bill say), how it was
/// paid and the number of the receipt handed over. One payment per file; a waived fee is recorded too, so the
/// till and the handover show it, but it is not money collected.
/// </summary>
public sealed partial class FeePayment
{
    /// <summary>The highest fee a window takes at once; anything above is a typing error.</summary>
    public static readonly Cny Ceiling = new(100_000m);

    private FeePayment()
    {
    }

    public Guid Id { get; private set; }

    public Guid FileId { get; private set; }

    /// <summary>The China-time day of the payment: the till it belongs to.</summary>
    public DateOnly Day { get; private set; }

    public string Window { get; private set; } = string.Empty;

    public string CashierStaffId { get; private set; } = string.Empty;

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    /// <summary>For mobile payment, which one (data, e.g. <c>wechat</c>, <c>alipay</c>); empty otherwise.</summary>
    public string Channel { get; private set; } = string.Empty;

    /// <summary>The number printed on the receipt (票据号) given to the resident, unique in the centre.</summary>
    public string ReceiptNumber { get; private set; } = string.Empty;

    public DateTimeOffset PaidAt { get; private set; }

    /// <summary>Money that went into the till (everything but a waiver).</summary>
    public bool Collected => Method != PaymentMethod.Waived;

    public static FeePayment Take(
        Guid id, Guid fileId, DateOnly day, string window, string cashier, Cny amount, PaymentMethod method, string? channel,
        string receiptNumber, IReadOnlyCollection<string> mobileChannels, DateTimeOffset now)
    {
        _ = amount.Fen; // money-precision: no fractions of a fen
        if (amount.Yuan <= 0m)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "amount is more than zero yuan (a waived fee records the amount waived).", "amount");
        }

        if (amount.Yuan > Ceiling.Yuan)
        {
            throw new DomainException(DomainErrorKind.Invalid, "amount-too-large", $"amount is at most {Ceiling} at a window.", "amount");
        }

        var normalized = (channel ?? string.Empty).Trim().ToLowerInvariant();
        if (method == PaymentMethod.MobilePay && !mobileChannels.Contains(normalized, StringComparer.Ordinal))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-channel", $"channel of a mobile payment is one of: {string.Join(", ", mobileChannels)}.", "channel");
        }

        if (method != PaymentMethod.MobilePay && normalized.Length > 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-channel", "channel is given only for a mobile payment.", "channel");
        }

        var receipt = receiptNumber.Trim();
        if (!ReceiptNumberPattern().IsMatch(receipt))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-receipt-number", "receiptNumber is the receipt's number: 4 to 40 letters, digits or hyphens.", "receiptNumber");
        }

        return new FeePayment
        {
            Id = id,
            FileId = fileId,
            Day = day,
            Window = window,
            CashierStaffId = cashier,
            Amount = amount.Yuan,
            Method = method,
            Channel = normalized,
            ReceiptNumber = receipt,
            PaidAt = now,
        };
    }

    [GeneratedRegex(@"^[A-Za-z0-9-]{4,40}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReceiptNumberPattern();
}
