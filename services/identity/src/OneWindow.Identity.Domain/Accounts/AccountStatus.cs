namespace OneWindow.Identity.Domain.Accounts;

/// <summary>Where a staff account stands.</summary>
public enum AccountStatus
{
    /// <summary>Hired: the account exists, but no password yet; it is set with the activation code.</summary>
    AwaitingActivation,

    /// <summary>Activated with a password of the worker's own.</summary>
    Active,
}
