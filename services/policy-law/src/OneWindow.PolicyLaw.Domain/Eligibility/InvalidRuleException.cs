using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// A rule refused as written: why, and where in its text it first goes wrong when the parser can tell (counted in
/// characters from 0), so an editor can point at the spot. A rule that parses but reads a fact nobody defined, or uses a
/// fact as a type it is not, is well formed and refused by the facts' definitions: 422, not 400.
/// </summary>
public sealed class InvalidRuleException(RuleFault fault, string message, string field, int? position)
    : DomainException(
        fault is RuleFault.UnknownFact or RuleFault.FactType ? DomainErrorKind.RuleViolated : DomainErrorKind.Invalid,
        fault switch { RuleFault.UnknownFact => "unknown-fact", RuleFault.FactType => "fact-type", _ => "invalid-rule" },
        message,
        field)
{
    public RuleFault Fault { get; } = fault;

    public int? Position { get; } = position;
}
