namespace OneWindow.Common.Vocabulary;

// The shared words of docs/domain.md every service and the event contracts use: one definition each.

/// <summary>How the result reaches the resident (最多跑一次: the home, unless they choose otherwise).</summary>
public enum DeliveryMethod
{
    HomeDelivery,
    Post,
    Electronic,
    CollectAtCentre,
}
