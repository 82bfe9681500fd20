namespace OneWindow.EventBus;

/// <summary>The outcome of one delivery and, for a dead letter, why.</summary>
public readonly record struct DeliveryResult(DeliveryOutcome Outcome, string? Reason = null)
{
    public static DeliveryResult Handled { get; } = new(DeliveryOutcome.Handled);

    public static DeliveryResult Retry { get; } = new(DeliveryOutcome.Retry);

    public static DeliveryResult DeadLetter(string reason) => new(DeliveryOutcome.DeadLetter, reason);
}
