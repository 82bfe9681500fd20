namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>Turns a month of work figures into a score, line by line so the score shows its data.</summary>
public static class PerformanceScoring
{
    public static (decimal Score, IReadOnlyList<ScoreLine> Lines) Score(PerformanceWeights weights, IReadOnlyCollection<WorkFigure> figures)
    {
        var lines = new List<ScoreLine>();
        foreach (var weight in weights.Metrics)
        {
            var figure = figures.FirstOrDefault(f => f.Metric == weight.Metric) ?? new WorkFigure(weight.Metric, 0, 0m);
            var value = weight.Metric == WorkMetric.Satisfaction
                ? (figure.Count == 0 ? 4m : Math.Round(figure.Total / figure.Count, 2, MidpointRounding.AwayFromZero)) - 4m
                : figure.Count;
            var points = Math.Clamp(Math.Round(value * weight.PointsPerUnit, 1, MidpointRounding.AwayFromZero), -weight.Cap, weight.Cap);
            lines.Add(new ScoreLine(weight.Metric, figure.Count, value, points));
        }

        var score = Math.Clamp(weights.BaseScore + lines.Sum(l => l.Points), 0m, 100m);
        return (score, lines);
    }
}
