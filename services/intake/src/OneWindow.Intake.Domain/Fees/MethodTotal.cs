using OneWindow.Common.Vocabulary;

namespace OneWindow.Intake.Domain.Fees;

/// <summary>Count and sum of one way of paying (a method, and for mobile payment its channel).</summary>
public sealed record MethodTotal(PaymentMethod Method, string Channel, int Count, decimal Amount);
