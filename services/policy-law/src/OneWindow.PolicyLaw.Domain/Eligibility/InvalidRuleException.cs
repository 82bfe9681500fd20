using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// A rule refused as written: why, and where in its text it first goes wrong when the parser can tell (counted in
/// characters from 0), so an editor can point at the spot.
/// </summary>
public sealed class InvalidRuleException(RuleFault fault, string message, string field, int? position)
    : DomainException(DomainErrorKind.Invalid, "invalid-rule", message, field)
{
    public RuleFault Fault { get; } = fault;

    public int? Position { get; } = position;
}
