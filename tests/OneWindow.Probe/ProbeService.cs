using System.Diagnostics;
using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Common.Errors;
using OneWindow.Probe.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.Probe;

internal sealed class ProbeService(ITenantContext tenant) : V1.Probe.ProbeBase
{
    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        var centre = tenant.RequireCentre();
        if (request.Text == "conflict")
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-echoed", "This text was echoed already.", "text");
        }

        return Task.FromResult(new EchoReply { Text = string.Concat(Enumerable.Repeat(request.Text, request.Count)), Centre = centre });
    }

    public override Task<WhoAmIReply> WhoAmI(WhoAmIRequest request, ServerCallContext context)
    {
        var caller = Caller.Of(context);
        var reply = new WhoAmIReply
        {
            Subject = caller.Subject,
            Tenant = tenant.Current.CentreCode ?? string.Empty,
            DistrictWide = tenant.Current.DistrictWide,
            Traceparent = Activity.Current?.ParentId ?? string.Empty,
        };
        reply.Roles.AddRange(caller.Roles);
        reply.ForwardedInternalHeaders.AddRange(context.GetHttpContext().Request.Headers.Keys
            .Where(h => h.StartsWith("x-onewindow-internal", StringComparison.OrdinalIgnoreCase) || h.StartsWith("dapr-", StringComparison.OrdinalIgnoreCase)));
        return Task.FromResult(reply);
    }
}

internal sealed class EchoRequestValidator : AbstractValidator<EchoRequest>
{
    public EchoRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Count).InclusiveBetween(1, 10);
    }
}
