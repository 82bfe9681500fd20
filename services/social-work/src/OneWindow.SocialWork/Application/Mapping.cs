using System.Globalization;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Domain.Outreach;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application;

/// <summary>Domain to contract and back: ids and dates as text, enums by position (the contract's zero is "unspecified").</summary>
public static class Mapping
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

    /// <summary>A case with its notes; sensitive notes are withheld here (ReadSensitiveNotes shows them to whom may see them).</summary>
    public static V1.Case ToContract(this SocialCase socialCase, IEnumerable<CaseNote> notes)
    {
        var contract = new V1.Case
        {
            CaseId = socialCase.Id.ToString(),
            HouseholdId = socialCase.HouseholdId.ToString(),
            Origin = Wire.ToContract<V1.CaseOrigin>(socialCase.Origin),
            OriginId = Wire.Text(socialCase.OriginId),
            Reason = socialCase.Reason,
            Status = Wire.ToContract<V1.CaseStatus>(socialCase.Status),
            LeadWorker = socialCase.LeadWorker,
            Situation = ToContract(socialCase.Situation),
            OpenedAt = Wire.Instant(socialCase.OpenedAt),
            OpenedBy = socialCase.OpenedBy,
            ClosedAt = Wire.Instant(socialCase.ClosedAt),
            ClosureReason = socialCase.ClosureReason is { } reason ? Wire.ToContract<V1.ClosureReason>(reason) : V1.ClosureReason.Unspecified,
            ClosureNote = socialCase.ClosureNote ?? string.Empty,
        };
        contract.Workers.AddRange(socialCase.Workers);
        contract.Steps.AddRange(socialCase.Steps.Select(s => new V1.CaseStep
        {
            From = Wire.ToContract<V1.CaseStatus>(s.From),
            To = Wire.ToContract<V1.CaseStatus>(s.To),
            By = s.By,
            At = Wire.Instant(s.At),
            Note = s.Note ?? string.Empty,
        }));
        contract.Notes.AddRange(notes.Select(n => ToContract(n, n.Sensitive ? string.Empty : n.Text, withheld: n.Sensitive)));
        contract.Next.AddRange(CaseTransitions.From(socialCase.Status).Select(s => Wire.ToContract<V1.CaseStatus>(s)));
        return contract;
    }

    public static V1.CaseNote ToContract(CaseNote note, string text, bool withheld) => new()
    {
        NoteId = note.Id.ToString(),
        Sensitive = note.Sensitive,
        Text = text,
        Withheld = withheld,
        WrittenBy = note.WrittenBy,
        WrittenAt = Wire.Instant(note.WrittenAt),
    };

    public static V1.Situation ToContract(CaseSituation situation)
    {
        var contract = new V1.Situation
        {
            MonthlyIncome = situation.MonthlyIncome is { } income ? Wire.Money(income) : null,
            Health = Wire.ToContract<V1.HealthStatus>(situation.Health),
            Housing = Wire.ToContract<V1.HousingStatus>(situation.Housing),
            Employment = Wire.ToContract<V1.EmploymentStatus>(situation.Employment),
            Summary = situation.Summary ?? string.Empty,
        };
        contract.Needs.AddRange(situation.Needs.Select(n => Wire.ToContract<V1.Need>(n)));
        contract.Risks.AddRange(situation.Risks.Select(r => Wire.ToContract<V1.Risk>(r)));
        return contract;
    }

    public static CaseSituation ToDomain(V1.Situation? situation)
    {
        if (situation is null)
        {
            throw new OneWindow.Common.Errors.DomainException(OneWindow.Common.Errors.DomainErrorKind.Invalid, "situation-required", "situation is required.", "situation");
        }

        return CaseSituation.Create(
            situation.Needs.Select((n, i) => Wire.ToDomain<Need>(n, $"situation.needs[{i}]")),
            situation.Risks.Select((r, i) => Wire.ToDomain<Risk>(r, $"situation.risks[{i}]")),
            situation.MonthlyIncome is { } income ? Wire.ParseMoney(income, "situation.monthlyIncome") : null,
            situation.Health == V1.HealthStatus.Unspecified ? HealthStatus.Unknown : Wire.ToDomain<HealthStatus>(situation.Health, "situation.health"),
            situation.Housing == V1.HousingStatus.Unspecified ? HousingStatus.Unknown : Wire.ToDomain<HousingStatus>(situation.Housing, "situation.housing"),
            situation.Employment == V1.EmploymentStatus.Unspecified ? EmploymentStatus.Unknown : Wire.ToDomain<EmploymentStatus>(situation.Employment, "situation.employment"),
            situation.Summary);
    }

    public static V1.Household ToContract(this HouseholdRecord household, IEnumerable<SocialCase> cases, IEnumerable<HomeVisit> visits, DateOnly today)
    {
        var contract = new V1.Household
        {
            HouseholdId = household.HouseholdId.ToString(),
            HeadAge = household.HeadAge,
            HukouDistrict = household.HukouDistrict ?? string.Empty,
            HouseholdSize = household.HouseholdSize,
            PerCapitaIncome = household.PerCapitaIncome is { } income ? Wire.Money(income) : null,
            DisabilityGrade = household.DisabilityGrade,
            UpdatedAt = Wire.Instant(household.FactsAt),
        };
        contract.Benefits.AddRange(household.Benefits);
        contract.MemberIds.AddRange(household.MemberIds.Select(m => m.ToString()));
        contract.Cases.AddRange(cases.Select(c => c.ToContract([])));
        contract.Visits.AddRange(visits.Select(v => v.ToContract(today)));
        return contract;
    }

    public static V1.HomeVisit ToContract(this HomeVisit visit, DateOnly today, Guid? nextVisitId = null) => new()
    {
        VisitId = visit.Id.ToString(),
        HouseholdId = visit.HouseholdId.ToString(),
        CaseId = Wire.Text(visit.CaseId),
        Worker = visit.WorkerStaffId,
        Purpose = Wire.ToContract<V1.VisitPurpose>(visit.Purpose),
        ScheduledOn = Wire.Day(visit.ScheduledOn),
        Status = Wire.ToContract<V1.VisitStatus>(visit.Status),
        VisitedAt = Wire.Instant(visit.VisitedAt),
        Findings = visit.Findings ?? string.Empty,
        NextVisitOn = Wire.Day(visit.NextVisitOn),
        MissedReason = visit.MissedReason ?? string.Empty,
        Overdue = visit.IsOverdue(today),
        NextVisitId = Wire.Text(nextVisitId),
    };

    public static V1.Plan ToContract(this AssistancePlan plan, DateOnly today)
    {
        var contract = new V1.Plan
        {
            PlanId = plan.Id.ToString(),
            CaseId = plan.CaseId.ToString(),
            HouseholdId = plan.HouseholdId.ToString(),
            ReviewOn = Wire.Day(plan.ReviewOn),
            ReviewDue = plan.ReviewDue(today),
            Revision = plan.Revision,
            UpdatedBy = plan.UpdatedBy,
            UpdatedAt = Wire.Instant(plan.UpdatedAt),
        };
        contract.Goals.AddRange(plan.Goals);
        contract.Actions.AddRange(plan.Actions.Select(a => new V1.PlanAction
        {
            ActionId = a.Id.ToString(),
            Description = a.Description,
            Owner = a.Owner,
            DueOn = Wire.Day(a.DueOn),
            Status = Wire.ToContract<V1.ActionStatus>(a.Status),
            SettledAt = Wire.Instant(a.SettledAt),
            Outcome = a.Outcome ?? string.Empty,
            Overdue = a.Status == ActionStatus.Open && a.DueOn < today,
        }));
        contract.Policies.AddRange(plan.Policies.Select(p => new V1.LinkedPolicy
        {
            ItemCode = p.ItemCode,
            ItemVersion = p.ItemVersion,
            Name = p.Name,
            Reason = p.Reason,
            MonthlyAmount = p.MonthlyAmount is { } amount ? Wire.Money(amount) : null,
            LinkedBy = p.LinkedBy,
            LinkedAt = Wire.Instant(p.LinkedAt),
        }));
        contract.Resources.AddRange(plan.Resources.Select(r => new V1.LinkedResource
        {
            ResourceId = r.ResourceId.ToString(),
            ReferralId = r.ReferralId.ToString(),
            Name = r.Name,
            Kind = Wire.ToContract<V1.ResourceKind>(r.Kind),
            LinkedBy = r.LinkedBy,
            LinkedAt = Wire.Instant(r.LinkedAt),
        }));
        return contract;
    }

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

    public static V1.LabourSurvey ToContract(this LabourSurvey survey)
    {
        var contract = new V1.LabourSurvey
        {
            SurveyId = survey.Id.ToString(),
            HouseholdId = survey.HouseholdId.ToString(),
            ResidentId = survey.ResidentId.ToString(),
            SurveyedOn = Wire.Day(survey.SurveyedOn),
            Employment = Wire.ToContract<V1.EmploymentStatus>(survey.Employment),
            WantsWork = survey.WantsWork,
            WantsTraining = survey.WantsTraining,
            Note = survey.Note ?? string.Empty,
            SurveyedBy = survey.SurveyedBy,
        };
        contract.Skills.AddRange(survey.Skills);
        return contract;
    }

    public static V1.JobRecommendation ToContract(this JobRecommendation recommendation) => new()
    {
        RecommendationId = recommendation.Id.ToString(),
        HouseholdId = recommendation.HouseholdId.ToString(),
        ResidentId = recommendation.ResidentId.ToString(),
        CaseId = Wire.Text(recommendation.CaseId),
        EmployerResourceId = Wire.Text(recommendation.EmployerResourceId),
        Employer = recommendation.Employer,
        Position = recommendation.Position,
        RecommendedOn = Wire.Day(recommendation.RecommendedOn),
        RecommendedBy = recommendation.RecommendedBy,
        Outcome = Wire.ToContract<V1.RecommendationOutcome>(recommendation.Outcome),
        OutcomeOn = Wire.Day(recommendation.OutcomeOn),
        OutcomeNote = recommendation.OutcomeNote ?? string.Empty,
    };

    public static V1.Reception ToContract(this Reception reception) => new()
    {
        ReceptionId = reception.Id.ToString(),
        HouseholdId = Wire.Text(reception.HouseholdId),
        ReceivedAt = Wire.Instant(reception.ReceivedAt),
        ReceivedBy = reception.ReceivedBy,
        Concern = Wire.ToContract<V1.Need>(reception.Concern),
        Note = reception.Note ?? string.Empty,
    };

    public static V1.Finding ToContract(this SilentFamilyFinding finding)
    {
        var contract = new V1.Finding
        {
            FindingId = finding.Id.ToString(),
            HouseholdId = finding.HouseholdId.ToString(),
            Status = Wire.ToContract<V1.FindingStatus>(finding.Status),
            FoundAt = Wire.Instant(finding.FoundAt),
            DeferredUntil = Wire.Day(finding.DeferredUntil),
            DecidedBy = finding.DecidedBy ?? string.Empty,
            DismissReason = finding.DismissReason ?? string.Empty,
            CaseId = Wire.Text(finding.CaseId),
        };
        contract.Reasons.AddRange(finding.Reasons.Select(r => new V1.FindingReason { RuleCode = r.RuleCode, Text = r.Text }));
        return contract;
    }

    public static V1.Rule ToContract(this SilentFamilyRule rule) => new()
    {
        Code = rule.Code,
        Kind = Wire.ToContract<V1.RuleKind>(rule.Kind),
        Enabled = rule.Enabled,
        Description = rule.Description,
        Parameters = new V1.RuleParameters
        {
            Days = rule.Parameters.Days,
            Months = rule.Parameters.Months,
            Count = rule.Parameters.Count,
            MinAge = rule.Parameters.MinAge,
            MaxDisabilityGrade = rule.Parameters.MaxDisabilityGrade,
            Percent = rule.Parameters.Percent?.ToString(CultureInfo.InvariantCulture),
        },
    };
}
