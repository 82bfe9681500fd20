namespace OneWindow.Notification.Domain.HomeDelivery;

/// <summary>Why an attempt at the door did not succeed.</summary>
public enum AttemptFailure
{
    NobodyHome,
    WrongAddress,
    Refused,
    Other,
}
