namespace OneWindow.Intake.Domain.Satisfaction;

public enum ComplaintStatus
{
    Open,
    Handled,
}
