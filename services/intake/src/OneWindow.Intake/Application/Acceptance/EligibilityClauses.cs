using Google.Protobuf.Collections;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Acceptance;

/// <summary>policy-law's clauses of a rule, passed on as intake's own contract words them.</summary>
public static class EligibilityClauses
{
    public static IEnumerable<Contract.EligibilityClause> From(RepeatedField<PolicyLaw.V1.EligibilityClause> clauses) =>
        clauses.Select(c => new Contract.EligibilityClause
        {
            Fact = c.Fact,
            Label = c.Label,
            Value = c.Value,
            Comparison = c.Comparison,
            Threshold = c.Threshold,
            Held = c.Held,
            Text = c.Text,
        });
}
