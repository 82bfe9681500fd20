namespace OneWindow.Web.Components.Shared;

/// <summary>How a file's deadline is shown: on time, near (amber, 80 % of the time limit used), overdue (red).</summary>
public enum DeadlineState
{
    OnTime,
    Near,
    Overdue,
}
