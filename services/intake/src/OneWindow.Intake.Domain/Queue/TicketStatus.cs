namespace OneWindow.Intake.Domain.Queue;

public enum TicketStatus
{
    Waiting,
    Called,
    Serving,
    Served,
    NoShow,
    Transferred,
}
