namespace OneWindow.Web.Components.Shared;

public enum SpreadsheetCellKind
{
    Text,
    Count,
    Number,
    Amount,
    Share,
    Date,
    Minute,
}
