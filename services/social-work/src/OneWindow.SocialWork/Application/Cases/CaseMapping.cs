using OneWindow.SocialWork.Application.Visits;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence.ReadModels;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>Domain to contract and back: ids and dates as text, enums by position (the contract's zero is "unspecified").</summary>
internal static class CaseMapping
{
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
}
