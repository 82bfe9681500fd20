namespace OneWindow.Common.Errors;

/// <summary>
/// A refusal by a domain rule, with a stable code (kebab-case, e.g. <c>return-limit-reached</c>) that
/// clients may branch on and the field it concerns, if any. Never used for bugs.
/// </summary>
public class DomainException(DomainErrorKind kind, string code, string message, string? field = null) : Exception(message)
{
    public DomainErrorKind Kind { get; } = kind;

    public string Code { get; } = code;

    public string? Field { get; } = field;
}
