namespace OneWindow.Intake.Domain.Acceptance;

/// <summary>Where the result of a file is on its way home (送达).</summary>
public enum DeliveryProgress
{
    None,
    Assigned,
    AttemptFailed,
    Delivered,
}
