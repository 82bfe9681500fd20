using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Queue;

namespace OneWindow.Intake.Tests.Domain;

/// <summary>A window of a centre, without a database: one clerk at it at a time, fees only at a payment window.</summary>
public sealed class ServiceWindowTests
{
    [Fact]
    public void A_window_open_with_one_clerk_is_refused_to_another_until_it_is_closed()
    {
        var window = ServiceWindow.Create("03", WindowType.Comprehensive);
        window.OpenFor("clerk-1", WindowType.Comprehensive);

        Assert.Equal("window-taken", Assert.Throws<DomainException>(() => window.OpenFor("clerk-2", WindowType.Comprehensive)).Code);
        window.Close();
        window.OpenFor("clerk-2", WindowType.Payment);

        Assert.Equal((true, "clerk-2", WindowType.Payment), (window.Open, window.ClerkStaffId, window.Type));
    }

    [Fact]
    public void Only_the_clerk_at_an_open_window_acts_at_it()
    {
        var window = ServiceWindow.Create("03", WindowType.Comprehensive);

        Assert.Equal(DomainErrorKind.Forbidden, Assert.Throws<DomainException>(() => window.RequireClerk("clerk-1")).Kind);
        window.OpenFor("clerk-1", WindowType.Comprehensive);
        window.RequireClerk("clerk-1");
        Assert.Equal("not-at-window", Assert.Throws<DomainException>(() => window.RequireClerk("clerk-2")).Code);
    }

    [Fact]
    public void Fees_are_taken_only_at_a_payment_window_by_its_clerk()
    {
        var comprehensive = ServiceWindow.Create("03", WindowType.Comprehensive);
        var payment = ServiceWindow.Create("09", WindowType.Payment);
        comprehensive.OpenFor("clerk-1", WindowType.Comprehensive);
        payment.OpenFor("clerk-2", WindowType.Payment);

        var notPayment = Assert.Throws<DomainException>(() => comprehensive.RequireCashier("clerk-1"));
        payment.RequireCashier("clerk-2");

        Assert.Equal(("not-a-payment-window", DomainErrorKind.RuleViolated), (notPayment.Code, notPayment.Kind));
        Assert.Equal("not-at-window", Assert.Throws<DomainException>(() => payment.RequireCashier("clerk-1")).Code);
    }
}
