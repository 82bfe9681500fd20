namespace OneWindow.Identity.Domain.Residents;

/// <summary>What a typed SMS code came to.</summary>
public enum CodeCheck
{
    /// <summary>Right, and now used: the same code never signs in again.</summary>
    Right,

    /// <summary>Wrong, with tries left on this code.</summary>
    Wrong,

    /// <summary>Wrong for the last time: the code is dead, a new one must be asked for.</summary>
    Exhausted,

    /// <summary>No code is waiting for that number: never sent, expired, already used or dead.</summary>
    NoCode,
}
