using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Knowledge;

/// <summary>A training held, as the officer records it: its title, day, the items it covered and who attended (staff numbers).</summary>
public sealed class TrainingDraft
{
    private static readonly char[] Separators = [' ', '　', ',', '，', '、', ';', '；', '\n', '\r', '\t'];

    public string Title { get; set; } = string.Empty;

    /// <summary>yyyy-MM-dd, as the date input gives it.</summary>
    public string HeldOn { get; set; } = string.Empty;

    public HashSet<string> ItemCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Staff numbers as typed: separated by spaces, commas or 、, one per line as well.</summary>
    public string Attendees { get; set; } = string.Empty;

    public IReadOnlyList<string> AttendeeStaffIds =>
        [.. Attendees.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public bool Complete => !string.IsNullOrWhiteSpace(Title) && HeldOn.Length > 0 && ItemCodes.Count > 0 && AttendeeStaffIds.Count > 0;

    public void Toggle(string itemCode, bool chosen)
    {
        if (chosen)
        {
            ItemCodes.Add(itemCode);
        }
        else
        {
            ItemCodes.Remove(itemCode);
        }
    }

    public RecordTrainingRequest ToRequest()
    {
        var request = new RecordTrainingRequest { Title = Title.Trim(), HeldOn = HeldOn };
        request.ItemCodes.AddRange(ItemCodes.Order(StringComparer.Ordinal));
        request.AttendeeStaffIds.AddRange(AttendeeStaffIds);
        return request;
    }
}
