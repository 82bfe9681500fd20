using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Audit.V1;
using OneWindow.Common.Formats;
using OneWindow.ServiceDefaults;

namespace OneWindow.Audit;

/// <summary>
/// protos/audit/v1: the same read of the trail in every service. The centre's director reads their centre's records;
/// the district admin every centre's, or one centre's by naming it. Reading the trail is not itself audited: it changes
/// nothing and would fill the trail with its own reading.
/// </summary>
internal sealed class AuditTrailService(IAuditReader reader, TimeProvider clock) : V1.AuditTrail.AuditTrailBase
{
    [Authorize(Roles = $"{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override async Task<SearchAuditReply> SearchAudit(SearchAuditRequest request, ServerCallContext context)
    {
        var (records, more) = await reader.SearchAsync(AuditSearch.Parse(request, clock), context.CancellationToken);
        var reply = new SearchAuditReply { More = more };
        reply.Records.AddRange(records.Select(Wired));
        return reply;
    }

    private static V1.AuditRecord Wired(AuditRecord record) => new()
    {
        Id = record.Id,
        At = Wire.PreciseInstant(record.At),
        Actor = record.Actor,
        ActorRoles = record.ActorRoles,
        Centre = record.TenantId ?? string.Empty,
        NamedByDistrict = record.NamedByDistrict,
        Action = record.Action,
        SubjectType = record.SubjectType,
        SubjectId = record.SubjectId,
        Outcome = Wire.Kebab(record.Outcome),
        Reason = record.Reason ?? string.Empty,
        TraceId = record.TraceId ?? string.Empty,
    };
}

internal sealed class SearchAuditRequestValidator : AbstractValidator<SearchAuditRequest>
{
    public SearchAuditRequestValidator()
    {
        RuleFor(r => r.From).OptionalDay("from");
        RuleFor(r => r.To).OptionalDay("to");
        RuleFor(r => r.Actor).MaximumLength(200);
        RuleFor(r => r.Action).MaximumLength(100);
        RuleFor(r => r.SubjectId).MaximumLength(100);
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.BeforeId).GreaterThanOrEqualTo(0).WithMessage("beforeId is the id of the last record of the page before.");
    }
}
