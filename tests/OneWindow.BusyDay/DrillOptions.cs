using System.Globalization;

namespace OneWindow.BusyDay;

/// <summary>What the drill drives: the stack, the centre, how much faster than life, and which part of the day.</summary>
public sealed record DrillOptions
{
    public Uri Address { get; init; } = new("http://127.0.0.1:8080/");

    public string Centre { get; init; } = "jiangpu";

    /// <summary>Minutes of the hall per minute of the drill: 60 runs an hour in a minute.</summary>
    public double Speed { get; init; } = 60;

    /// <summary>Residents at this percentage of the plan's forecast for today (a busy day is above 100).</summary>
    public int ArrivalsPercent { get; init; } = 100;

    /// <summary>Hours of the day from opening that residents keep arriving: the morning peak by default.</summary>
    public double Hours { get; init; } = 3.5;

    /// <summary>The share of files the reviewer returns once for a supplement.</summary>
    public double ReturnShare { get; init; } = 0.25;

    public int Seed { get; init; } = 20_261_207;

    public static DrillOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DrillOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--address" => options with { Address = new Uri(value.EndsWith('/') ? value : value + "/") },
                "--centre" => options with { Centre = value },
                "--speed" => options with { Speed = double.Parse(value, CultureInfo.InvariantCulture) },
                "--arrivals" => options with { ArrivalsPercent = int.Parse(value, CultureInfo.InvariantCulture) },
                "--hours" => options with { Hours = double.Parse(value, CultureInfo.InvariantCulture) },
                "--returns" => options with { ReturnShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}: use --address, --centre, --speed, --arrivals, --hours, --returns or --seed"),
            };
        }

        return options;
    }

    /// <summary>The drill's time for a span of the hall's.</summary>
    public TimeSpan Real(TimeSpan hall) => hall / Speed;
}
