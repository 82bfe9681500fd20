namespace OneWindow.Identity.Domain.Accounts;

/// <summary>
/// Why a sign-in is refused. The sign-in page says the same words for an unknown name and a wrong password
/// (<see cref="WrongCredentials"/>), so nobody learns which accounts exist.
/// </summary>
public enum SignInRefusal
{
    WrongCredentials,
    LockedOut,
    NotActivated,
    Left,
}
