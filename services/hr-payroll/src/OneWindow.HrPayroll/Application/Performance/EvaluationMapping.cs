using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Performance;

namespace OneWindow.HrPayroll.Application.Performance;

internal static class EvaluationMapping
{
    public static string Kebab(this WorkMetric metric) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(metric.ToString());

    public static V1.Evaluation ToContract(this Evaluation evaluation)
    {
        var contract = new V1.Evaluation
        {
            StaffId = evaluation.StaffId,
            Month = evaluation.Month,
            Department = evaluation.Department.ToContract(),
            DataScore = Wire.Points(evaluation.DataScore),
            Adjustment = Wire.Points(evaluation.Adjustment),
            AdjustmentReason = evaluation.AdjustmentReason,
            FinalScore = Wire.Points(evaluation.FinalScore),
            Award = (V1.Award)(int)evaluation.Award,
            AwardConfirmed = evaluation.AwardConfirmed,
            Deduction = Wire.Money(evaluation.Deduction),
            DeductionReason = evaluation.DeductionReason,
        };
        contract.Lines.AddRange(evaluation.Lines.Select(l => new V1.ScoreLine
        {
            Metric = l.Metric.Kebab(),
            Count = l.Count,
            Value = l.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            Points = Wire.Points(l.Points),
        }));
        return contract;
    }

    public static V1.ListEvaluationsReply ToReply(this IEnumerable<Evaluation> evaluations)
    {
        var reply = new V1.ListEvaluationsReply();
        reply.Evaluations.AddRange(evaluations.OrderBy(e => e.StaffId, StringComparer.Ordinal).Select(e => e.ToContract()));
        return reply;
    }
}
