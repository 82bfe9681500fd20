namespace OneWindow.Intake.Domain.Acceptance;

public enum FileStatus
{
    /// <summary>Accepted at the window, on its way to first review.</summary>
    Accepted,

    /// <summary>Returned by review for supplement (补正).</summary>
    Returned,

    /// <summary>Passed first review; awaiting approval.</summary>
    InApproval,

    /// <summary>办结: granted, rejected or withdrawn.</summary>
    Completed,
}
