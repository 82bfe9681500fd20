using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Centres;
using OneWindow.Intake.Domain.Planning;
using OneWindow.Intake.Domain.Queue;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Centres;

internal static class CentreMapping
{
    public static Contract.Centre ToContract(RegisteredCentre centre) => new()
    {
        Code = centre.Code,
        Version = centre.Version,
        Open = centre.Open,
        Details = new Contract.CentreDetails
        {
            Name = centre.Name,
            Address = centre.Address,
            Phone = centre.Phone,
            OpeningHours = centre.OpeningHours,
            Windows = { centre.Windows.Select(w => new Contract.CentreWindow { Number = w.Number, Type = QueueMapping.ToContract(w.Type) }) },
            Grids = { centre.Grids.Select(g => new Contract.CentreGrid { Code = g.Code, Name = g.Name }) },
            WaitingTargets = centre.WaitingTargets is { } targets
                ? new Contract.WaitingTargets { AverageWaiting = targets.AverageWaiting, ServiceLevel = targets.ServiceLevel, CalledWithinMinutes = (int)targets.CalledWithin.TotalMinutes }
                : null,
        },
        RegisteredAt = Wire.Instant(centre.RegisteredAt),
        ChangedAt = Wire.Instant(centre.ChangedAt),
    };

    /// <summary>The validator has checked the shape (CentreDetailsValidator); the aggregate checks the rest.</summary>
    public static CentreDetails ToDomain(Contract.CentreDetails details) => new(
        details.Name.Trim(),
        details.Address.Trim(),
        details.Phone.Trim(),
        OpeningHours.Parse(details.OpeningHours),
        [.. details.Windows.Select(w => new CentreWindow(w.Number, QueueMapping.ToDomain(w.Type)))],
        [.. details.Grids.Select(g => new CentreGrid(g.Code, g.Name.Trim()))],
        details.WaitingTargets is { } targets ? new PlanTargets(targets.AverageWaiting, targets.ServiceLevel, TimeSpan.FromMinutes(targets.CalledWithinMinutes)) : null);
}
