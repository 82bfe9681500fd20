namespace OneWindow.Notification.Domain.Templates;

/// <summary>One variable a kind of notice offers its templates.</summary>
/// <param name="Name">snake_case, as written in templates.</param>
/// <param name="Type">How values are checked and rendered.</param>
/// <param name="Required">Every event of the kind supplies it; an optional one may be absent (test it with a section).</param>
/// <param name="Description">What it holds, for the people who write templates (Chinese).</param>
public sealed record VariableDefinition(string Name, VariableType Type, bool Required, string Description);
