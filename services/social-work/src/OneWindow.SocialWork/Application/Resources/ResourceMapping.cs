using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Resources;

namespace OneWindow.SocialWork.Application.Resources;

/// <summary>Domain to contract and back: ids and dates as text, enums by position (the contract's zero is "unspecified").</summary>
internal static class ResourceMapping
{
    public static V1.Resource ToContract(this SocialResource resource)
    {
        var contract = new V1.Resource
        {
            ResourceId = resource.Id.ToString(),
            Kind = Wire.ToContract<V1.ResourceKind>(resource.Kind),
            Name = resource.Name,
            Description = resource.Description ?? string.Empty,
            Capacity = resource.Capacity,
            InUse = resource.InUse,
            FreePlaces = resource.FreePlaces,
            ContactName = resource.ContactName,
            ContactPhone = resource.ContactPhone,
            Address = resource.Address ?? string.Empty,
            Active = resource.Active,
        };
        contract.Services.AddRange(resource.Services.Select(s => Wire.ToContract<V1.Need>(s)));
        return contract;
    }

    public static V1.ResourceReferral ToContract(this ResourceReferral referral, string resourceName) => new()
    {
        ReferralId = referral.Id.ToString(),
        CaseId = referral.CaseId.ToString(),
        HouseholdId = referral.HouseholdId.ToString(),
        ResourceId = referral.ResourceId.ToString(),
        ResourceName = resourceName,
        Kind = Wire.ToContract<V1.LinkKind>(referral.Kind),
        Status = Wire.ToContract<V1.LinkStatus>(referral.Status),
        Note = referral.Note ?? string.Empty,
        MadeBy = referral.MadeBy,
        MadeAt = Wire.Instant(referral.MadeAt),
        Outcome = referral.Outcome ?? string.Empty,
        ConcludedAt = Wire.Instant(referral.ConcludedAt),
    };

    public static IEnumerable<Need> Services(IEnumerable<V1.Need> services) =>
        services.Select((s, i) => Wire.ToDomain<Need>(s, $"services[{i}]")).ToList();
}
