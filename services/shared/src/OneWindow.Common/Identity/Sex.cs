namespace OneWindow.Common.Identity;

/// <summary>Sex as recorded in a resident ID number (the parity of the 17th digit).</summary>
public enum Sex
{
    /// <summary>Even 17th digit.</summary>
    Female,

    /// <summary>Odd 17th digit.</summary>
    Male,
}
