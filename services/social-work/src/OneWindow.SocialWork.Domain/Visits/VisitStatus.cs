namespace OneWindow.SocialWork.Domain.Visits;

public enum VisitStatus
{
    Scheduled,
    Done,
    Missed,
}
