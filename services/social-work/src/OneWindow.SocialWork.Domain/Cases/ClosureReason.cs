namespace OneWindow.SocialWork.Domain.Cases;

public enum ClosureReason
{
    /// <summary>The plan's goals were reached.</summary>
    GoalsAchieved,

    /// <summary>The household no longer needs help.</summary>
    NoLongerInNeed,

    /// <summary>The household declined the service.</summary>
    Declined,

    MovedAway,

    Deceased,

    /// <summary>Handed to another agency.</summary>
    TransferredOut,
}
