using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Residents;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

/// <summary>Real-name binding: whether a name and an ID number are one resident of the district, for the identity service's own identity only.</summary>
[Authorize(Roles = PlatformRoles.IdentityService)]
internal sealed class RealNamesService(MatchRealName match) : RealNames.RealNamesBase
{
    public override async Task<MatchResidentReply> MatchResident(MatchResidentRequest request, ServerCallContext context) =>
        await match.RunAsync(request.Name, request.IdNumber, request.AccountId, context.CancellationToken) is { } found
            ? new MatchResidentReply { Matched = true, ResidentId = found.ResidentId.ToString(), Centre = found.Centre }
            : new MatchResidentReply { Matched = false };
}

internal sealed class MatchResidentRequestValidator : AbstractValidator<MatchResidentRequest>
{
    public MatchResidentRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(50);
        RuleFor(r => r.IdNumber).NotEmpty().Length(18).WithMessage("idNumber is an 18-character resident ID number.");
        RuleFor(r => r.AccountId).MaximumLength(64);
    }
}
