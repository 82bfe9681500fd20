namespace OneWindow.Intake.Domain.Centres;

/// <summary>A grid (网格) of the centre's area: its grid manager brings results home there.</summary>
public sealed record CentreGrid(string Code, string Name);
