namespace OneWindow.Notification.Domain.Templates;

/// <summary>The types a template variable may have; each renders in one fixed way per language.</summary>
public enum VariableType
{
    /// <summary>Free text (a name of an item, a reason).</summary>
    Text,

    /// <summary>A calendar day (2026年11月23日).</summary>
    Date,

    /// <summary>An instant, shown in China time (2026年11月23日 14:05).</summary>
    Instant,

    /// <summary>An amount in yuan (1,234.50元).</summary>
    Money,

    /// <summary>A whole number.</summary>
    Count,

    /// <summary>Yes or no: only for sections (<c>{{#overdue}}…{{/overdue}}</c>).</summary>
    Flag,

    /// <summary>A list of texts: joined with 、 when inserted, one by one in a section.</summary>
    List,
}
