using OneWindow.Common.Errors;
using OneWindow.Common.Money;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Fees;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Fees;

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
