using OneWindow.Notification.Domain.Deliveries;

namespace OneWindow.Notification.Application.Letters;

/// <summary>One letter of a batch, with the name and address intake gave for the envelope window.</summary>
public sealed record PrintedLetter(Delivery Delivery, string Name, string Address);
