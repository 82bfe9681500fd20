using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Review.Application.Roster;
using OneWindow.Review.V1;

namespace OneWindow.Review.Grpc;

internal sealed class RosterService(RosterReader rosterReader, SetCapacity setCapacity) : V1.Roster.RosterBase
{
    [Authorize(Roles = $"{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<ListRosterReply> ListRoster(ListRosterRequest request, ServerCallContext context) =>
        rosterReader.ListAsync(context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Head)]
    public override Task<RosterEntry> SetCapacity(SetCapacityRequest request, ServerCallContext context) =>
        setCapacity.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class SetCapacityRequestValidator : AbstractValidator<SetCapacityRequest>
{
    public SetCapacityRequestValidator()
    {
        RuleFor(r => r.StaffId).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Capacity).InclusiveBetween(1, 500).When(r => r.Capacity is not null);
    }
}
