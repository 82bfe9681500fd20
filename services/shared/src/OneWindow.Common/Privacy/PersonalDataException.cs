namespace OneWindow.Common.Privacy;

/// <summary>
/// A protected value could not be read: bad format, unknown key id, tampering, or a value moved to a
/// column with another purpose. Always a data or configuration fault, never a user error.
/// </summary>
public sealed class PersonalDataException : Exception
{
    public PersonalDataException()
    {
    }

    public PersonalDataException(string message)
        : base(message)
    {
    }

    public PersonalDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
