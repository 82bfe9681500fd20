namespace OneWindow.Notification.Application.Letters;

/// <summary>A letter that stayed queued, and why (intake had no address for it, or did not answer).</summary>
public sealed record UnprintedLetter(Guid DeliveryId, string Reason);
