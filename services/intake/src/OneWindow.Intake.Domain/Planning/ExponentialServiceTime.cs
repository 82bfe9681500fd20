using MathNet.Numerics.Distributions;

namespace OneWindow.Intake.Domain.Planning;

/// <summary>Service times without memory: the assumption of Erlang C, and so the simulation's check against it.</summary>
public sealed record ExponentialServiceTime : ServiceTime
{
    private readonly double _mean;

    public ExponentialServiceTime(double meanMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meanMinutes);
        _mean = meanMinutes;
    }

    public override double MeanMinutes => _mean;

    public override double SampleMinutes(Random random) => Exponential.Sample(random, 1 / _mean);
}
