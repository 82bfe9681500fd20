using MathNet.Numerics.Distributions;

namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// Service times as a window's really are: most short, a long tail of hard cases. A log-normal fits served tickets
/// (their times are positive and skewed) by the maximum likelihood of the logarithms.
/// </summary>
public sealed record LogNormalServiceTime(double Mu, double Sigma) : ServiceTime
{
    /// <summary>Fewer served tickets than this are too few to fit; the plan then takes the line's standard time.</summary>
    public const int FewestToFit = 30;

    public override double MeanMinutes => Math.Exp(Mu + (Sigma * Sigma / 2));

    public override double SampleMinutes(Random random) => LogNormal.Sample(random, Mu, Sigma);

    public static LogNormalServiceTime? Fit(IReadOnlyCollection<double> minutes)
    {
        var positive = minutes.Where(m => m > 0).ToList();
        if (positive.Count < FewestToFit)
        {
            return null;
        }

        var fitted = LogNormal.Estimate(positive);
        return new LogNormalServiceTime(fitted.Mu, fitted.Sigma);
    }
}
