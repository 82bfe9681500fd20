namespace OneWindow.EventBus;

/// <summary>What the transport should do with a delivery once the handler has run.</summary>
public enum DeliveryOutcome
{
    /// <summary>Acknowledge: the effect is committed (or was already).</summary>
    Handled,

    /// <summary>Leave it for redelivery: the failure may pass.</summary>
    Retry,

    /// <summary>Never retry: move it to the dead-letter topic and acknowledge.</summary>
    DeadLetter,
}
