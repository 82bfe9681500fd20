using OneWindow.Common.Errors;
using OneWindow.Common.Money;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Fees;

namespace OneWindow.Intake.Tests.Domain;

/// <summary>A fee taken at the payment window, without a database.</summary>
public sealed class FeePaymentTests
{
    [Theory]
    [InlineData("unionpay", true)]
    [InlineData("UnionPay ", true)]
    [InlineData("wechat", false)]
    public void A_mobile_payment_is_taken_only_through_a_configured_channel(string channel, bool taken)
    {
        FeePayment Take() => FeePayment.Take(
            Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 11, 23), "08", "cashier-1", new Cny(25m),
            PaymentMethod.MobilePay, channel, "R-0001", ["unionpay"], DateTimeOffset.UtcNow);

        if (taken)
        {
            Assert.Equal("unionpay", Take().Channel);
        }
        else
        {
            Assert.Equal("channel", Assert.Throws<DomainException>(Take).Field);
        }
    }
}
