using ClosedXML.Excel;

namespace OneWindow.Web.Components.Shared;

/// <summary>
/// A table as a department hands it on (an .xlsx workbook of one sheet): the Chinese column headers in a bold, frozen
/// first row, then one row per line of the table with each cell typed (<see cref="SpreadsheetCell"/>). A page adds
/// the rows its table shows, as it shows them — the current filter, personal data masked as the service gave it.
/// </summary>
public sealed class Spreadsheet
{
    /// <summary>Excel's limit on a sheet's name.</summary>
    private const int MostSheetNameLength = 31;

    /// <summary>Column widths in characters: wide enough for a date or an 18-character ID number, never the whole screen.</summary>
    private const int NarrowestColumn = 8;
    private const int WidestColumn = 60;

    private static readonly char[] NotInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly List<SpreadsheetCell[]> _rows = [];

    /// <param name="title">What the table is, in Chinese (人员名册): the sheet's name and the file's.</param>
    /// <param name="headers">The table's column headers, as the page shows them.</param>
    public Spreadsheet(string title, params string[] headers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(headers);
        Title = title;
        Headers = headers;
    }

    public string Title { get; }

    public IReadOnlyList<string> Headers { get; }

    public int RowCount => _rows.Count;

    public Spreadsheet Add(params SpreadsheetCell[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"A row of \"{Title}\" has {cells.Length} cells for {Headers.Count} columns.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>The workbook's bytes (.xlsx).</summary>
    public byte[] ToXlsx()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName());
        for (var column = 0; column < Headers.Count; column++)
        {
            sheet.Cell(1, column + 1).SetValue(Headers[column]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        for (var row = 0; row < _rows.Count; row++)
        {
            for (var column = 0; column < Headers.Count; column++)
            {
                Write(sheet.Cell(row + 2, column + 1), _rows[row][column]);
            }
        }

        // Widths from the text itself: ClosedXML's auto-fit measures fonts with System.Drawing, which Linux hosts lack.
        for (var column = 0; column < Headers.Count; column++)
        {
            var widest = _rows.Select(cells => Width(cells[column])).Append(Width(Headers[column])).Max();
            sheet.Column(column + 1).Width = Math.Clamp(widest + 2, NarrowestColumn, WidestColumn);
        }

        using var file = new MemoryStream();
        workbook.SaveAs(file);
        return file.ToArray();
    }

    private static void Write(IXLCell cell, SpreadsheetCell value)
    {
        switch (value.Kind)
        {
            case SpreadsheetCellKind.Count:
                cell.SetValue(value.Value);
                cell.Style.NumberFormat.Format = "0";
                break;
            case SpreadsheetCellKind.Number:
                cell.SetValue(value.Value);
                cell.Style.NumberFormat.Format = "0.0#";
                break;
            case SpreadsheetCellKind.Amount:
                cell.SetValue(value.Value);
                cell.Style.NumberFormat.Format = "#,##0.00";
                break;
            case SpreadsheetCellKind.Share:
                cell.SetValue(value.Value);
                cell.Style.NumberFormat.Format = "0.0%";
                break;
            case SpreadsheetCellKind.Date:
                cell.SetValue(value.At);
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            case SpreadsheetCellKind.Minute:
                cell.SetValue(value.At);
                cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
                break;
            default:
                // Text stays text: a staff number or a masked account that looks like a number keeps its digits.
                cell.Style.NumberFormat.Format = "@";
                cell.SetValue(value.Text);
                cell.DataType = XLDataType.Text;
                break;
        }
    }

    /// <summary>Characters as a spreadsheet lays them out: a Chinese character takes about two Latin ones.</summary>
    private static int Width(SpreadsheetCell cell) => cell.Kind switch
    {
        SpreadsheetCellKind.Text => Width(cell.Text),
        SpreadsheetCellKind.Date => 10,
        SpreadsheetCellKind.Minute => 16,
        _ => 14,
    };

    private static int Width(string text) => text.Sum(c => c > '\u2E80' ? 2 : 1);

    private string SheetName()
    {
        var name = new string([.. Title.Where(c => !NotInSheetNames.Contains(c))]);
        return name.Length > MostSheetNameLength ? name[..MostSheetNameLength] : name;
    }
}
