using OneWindow.Common.Errors;

namespace OneWindow.Identity.Domain.Accounts;

/// <summary>A refused sign-in, with its reason (for the audit trail) and a stable code.</summary>
public sealed class SignInRefusedException(SignInRefusal reason, string code, string message)
    : DomainException(DomainErrorKind.Unauthenticated, code, message)
{
    public SignInRefusal Reason { get; } = reason;
}
