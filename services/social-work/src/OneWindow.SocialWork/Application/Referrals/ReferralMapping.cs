using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Application.Referrals;

/// <summary>Domain to contract and back: ids and dates as text, enums by position (the contract's zero is "unspecified").</summary>
internal static class ReferralMapping
{
    public static V1.Referral ToContract(this Referral referral) => new()
    {
        ReferralId = referral.Id.ToString(),
        HouseholdId = referral.HouseholdId.ToString(),
        Source = Wire.ToContract<V1.ReferralSource>(referral.Source),
        ItemCode = referral.ItemCode ?? string.Empty,
        FileId = Wire.Text(referral.FileId),
        Reason = referral.Reason,
        ReferredBy = referral.ReferredBy,
        ReferredAt = Wire.Instant(referral.ReferredAt),
        Status = Wire.ToContract<V1.ReferralStatus>(referral.Status),
        CaseId = Wire.Text(referral.CaseId),
        DecidedBy = referral.DecidedBy ?? string.Empty,
        DeclineReason = referral.DeclineReason ?? string.Empty,
    };
}
