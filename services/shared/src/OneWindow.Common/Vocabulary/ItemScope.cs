namespace OneWindow.Common.Vocabulary;

// The shared words of docs/domain.md every service and the event contracts use: one definition each.

/// <summary>Whether an item is decided for one person or for the whole household.</summary>
public enum ItemScope
{
    Person,
    Household,
}
