using OneWindow.Notification.Domain.Templates;
using Contract = OneWindow.Notification.V1;

namespace OneWindow.Notification.Application.Templates;

internal static class TemplateMapping
{
    public static Contract.Kind ToContract(NotificationKind kind)
    {
        var contract = new Contract.Kind
        {
            Code = kind.Code,
            Name = kind.Name,
            Audience = kind.Audience == Audience.Resident ? "resident" : "staff",
            LegallyRequired = kind.LegallyRequired,
        };
        contract.Channels.AddRange(kind.Channels.Select(ChannelMapping.ToContract));
        contract.Variables.AddRange(kind.Variables.Select(v => new Contract.Variable
        {
            Name = v.Name,
            Type = (Contract.VariableType)((int)v.Type + 1),
            Required = v.Required,
            Description = v.Description,
        }));
        return contract;
    }

    public static Contract.Template ToContract(Template template)
    {
        var contract = new Contract.Template
        {
            TemplateId = template.Id.ToString(),
            Kind = template.Kind,
            Channel = ChannelMapping.ToContract(template.Channel),
            Locale = template.Locale,
            Version = template.Version,
            Title = template.Title,
            Body = template.Body,
            CentreOverridesAllowed = template.CentreOverridesAllowed,
            SavedBy = template.SavedBy,
            SavedAt = Wire.Instant(template.SavedAt),
        };
        contract.Variables.AddRange(template.Variables);
        return contract;
    }

    public static Contract.Template ToContract(CentreTemplate template, string centre)
    {
        var contract = new Contract.Template
        {
            TemplateId = template.Id.ToString(),
            Kind = template.Kind,
            Channel = ChannelMapping.ToContract(template.Channel),
            Locale = template.Locale,
            Version = template.Version,
            Title = template.Title,
            Body = template.Body,
            Centre = centre,
            DistrictVersion = template.DistrictVersion,
            Withdrawn = template.Withdrawn,
            SavedBy = template.SavedBy,
            SavedAt = Wire.Instant(template.SavedAt),
        };
        contract.Variables.AddRange(template.Withdrawn ? [] : template.Syntax().Variables.Order(StringComparer.Ordinal));
        return contract;
    }
}
