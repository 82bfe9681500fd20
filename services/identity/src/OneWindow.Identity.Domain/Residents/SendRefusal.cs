namespace OneWindow.Identity.Domain.Residents;

/// <summary>Whether a new code may go to a number now.</summary>
public enum SendRefusal
{
    None,

    /// <summary>The number has had <see cref="SignInCodePolicy.CodesPerNumber"/> codes in the window.</summary>
    TooManyForNumber,

    /// <summary>The client's address has asked for <see cref="SignInCodePolicy.CodesPerAddress"/> in the window.</summary>
    TooManyFromAddress,
}
