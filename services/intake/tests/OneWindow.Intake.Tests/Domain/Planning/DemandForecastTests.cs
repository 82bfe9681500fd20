using MathNet.Numerics.Distributions;
using OneWindow.Intake.Domain.Planning;

namespace OneWindow.Intake.Tests.Domain.Planning;

public sealed class DemandForecastTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Fact]
    public void Demand_fitted_from_a_seeded_history_recovers_the_rates_that_made_it()
    {
        double[] comprehensive = [20, 50, 60, 40, 20, 10, 10, 30];
        double[] payment = [4, 8, 8, 6, 4, 2, 2, 6];
        var random = new Random(2026);
        var history = new List<(DateOnly, double, string)>();
        // Twenty-six Mondays, one of them a holiday with no tickets at all.
        for (var week = 0; week < 26; week++)
        {
            if (week == 9)
            {
                continue;
            }

            var day = new DateOnly(2026, 6, 1).AddDays(7 * week);
            foreach (var (line, rates) in new[] { ("comprehensive", comprehensive), ("payment", payment) })
            {
                for (var slot = 0; slot < rates.Length; slot++)
                {
                    var count = Poisson.Sample(random, rates[slot] / 2);
                    for (var i = 0; i < count; i++)
                    {
                        history.Add((day, (slot + random.NextDouble()) * 30, line));
                    }
                }
            }
        }

        var forecast = DemandForecast.PerHour(history, HalfHour, comprehensive.Length);

        for (var slot = 0; slot < comprehensive.Length; slot++)
        {
            // Within four standard errors of the Poisson mean over 25 days, in arrivals an hour.
            Assert.InRange(forecast["comprehensive"][slot], comprehensive[slot] - (4 * Math.Sqrt(comprehensive[slot] * 2 / 25)), comprehensive[slot] + (4 * Math.Sqrt(comprehensive[slot] * 2 / 25)));
        }

        Assert.InRange(forecast["payment"].Sum(), payment.Sum() * 0.9, payment.Sum() * 1.1);
    }

    [Fact]
    public void Service_times_fitted_from_served_tickets_keep_their_mean_and_their_long_tail()
    {
        var random = new Random(7);
        var served = Enumerable.Range(0, 2_000).Select(_ => LogNormal.Sample(random, Math.Log(6), 0.5)).ToList();

        var fitted = LogNormalServiceTime.Fit(served)!;

        Assert.Equal(Math.Log(6), fitted.Mu, precision: 1);
        Assert.Equal(0.5, fitted.Sigma, precision: 1);
        Assert.InRange(fitted.MeanMinutes, 6.5, 7.1);
    }

    [Fact]
    public void Too_few_served_tickets_are_not_fitted()
    {
        Assert.Null(LogNormalServiceTime.Fit([5, 6, 7]));
    }
}
