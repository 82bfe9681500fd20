namespace OneWindow.Notification.Domain.Templates;

/// <summary>
/// A kind of notice: what event causes it, who it is for, the channels it may use, the typed variables its
/// templates may use, and whether the law requires it (then a resident's opt-out does not stop it).
/// </summary>
public sealed record NotificationKind(
    string Code,
    string Name,
    Audience Audience,
    bool LegallyRequired,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<VariableDefinition> Variables)
{
    public VariableDefinition? Variable(string name) => Variables.FirstOrDefault(v => v.Name == name);
}
