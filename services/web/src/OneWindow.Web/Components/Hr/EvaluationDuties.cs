using OneWindow.HrPayroll.V1;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// Who may do what with a month's evaluations, as the page shows it before anyone clicks: the director confirms an
/// award the rule proposed (HR proposes by evaluating, never confirms); the head of the worker's department adjusts a
/// score and records a deduction, never on their own evaluation. hr-payroll refuses the same; the page says it first.
/// </summary>
public static class EvaluationDuties
{
    public static bool CanConfirm(Evaluation evaluation, bool director) =>
        director && evaluation.Award != Award.None && !evaluation.AwardConfirmed;

    /// <summary>The words (a resource name) telling who confirms a proposed award, for anyone who is not the director.</summary>
    public static string? AwardWaitsFor(Evaluation evaluation, bool director) =>
        !director && evaluation.Award != Award.None && !evaluation.AwardConfirmed ? "AwardForDirector" : null;

    /// <summary>
    /// The words (a resource name) saying why the caller cannot adjust this evaluation, or null when they can;
    /// <paramref name="headOf"/> is the department the caller heads, or null when they head none.
    /// </summary>
    public static string? NotYoursToAdjust(Evaluation evaluation, string? me, Department? headOf) =>
        headOf is null ? "EvaluationForHead"
        : evaluation.StaffId == me ? "EvaluationNotYours_Own"
        : evaluation.Department != headOf ? "EvaluationForHead"
        : null;
}
